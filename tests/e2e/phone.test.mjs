/**
 * The reader on a phone, end to end: Chromium's mobile emulation (a 390 × 844
 * touch screen that lays pages out as a phone does), touches sent through the
 * DevTools protocol, on our own demo pages at their real archive URLs; and
 * Firefox at a window as narrow as a phone. The desktop-size runs are
 * reader.test.mjs and position.test.mjs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE, Routes, demoRoutes, launchChromium, launchFirefox, repoRoot, skipUnless } from './browsers.mjs';
import { dialogOpen, firstVisibleParagraph, scrollToParagraphAt, sidewaysOverflow, sleep, smallTargets } from './reader-page.mjs';

const CHAPTER_1 = 'https://archiveofourown.org/works/90000001/chapters/90000011';
const FFN_CHAPTER_1 = 'https://www.fanfiction.net/s/90000002/1/The-Lantern-Keeper';
/** The same demo chapter, served without its mobile viewport, as many old archives are. */
const NO_VIEWPORT = 'https://archiveofourown.org/works/90000001/chapters/90000099';
/** Longer than the tracker's start (font wait) and save throttle. */
const SETTLE_MS = 1600;

function routes() {
	const table = demoRoutes(new Routes());
	const page = readFileSync(join(repoRoot, 'demo/ao3/chapter-1.html'), 'utf8').replace(/<meta name="viewport"[^>]*>/i, '');
	return table.add(NO_VIEWPORT, { body: page });
}

/** In the page: the reader's panel (settings or contents) and how it sits on the screen. */
function panelBox() {
	const panel = document.querySelector('quire-reader').shadowRoot.querySelector('.quire-panel');
	if (!panel) return null;
	const box = panel.getBoundingClientRect();
	return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, sideways: panel.scrollWidth - panel.clientWidth, width: innerWidth, height: innerHeight };
}

/** In the page: the first story paragraph at the top of the reader, and where it is on screen. */
function firstLine() {
	const root = document.querySelector('quire-reader').shadowRoot;
	const top = root.querySelector('.quire-scroller').getBoundingClientRect().top;
	const paragraph = [...root.querySelectorAll('.quire-text p')].find((p) => p.getBoundingClientRect().bottom > top + 2);
	return paragraph ? { text: paragraph.textContent.trim().slice(0, 60), top: paragraph.getBoundingClientRect().top } : null;
}

/**
 * In the page: the paragraph at the top of the reader and the character that
 * starts its first visible line, or (given one) whether that character is on
 * the first visible line now.
 */
function topCharacter(expected) {
	const root = document.querySelector('quire-reader').shadowRoot;
	const top = root.querySelector('.quire-scroller').getBoundingClientRect().top;
	const paragraphs = [...root.querySelectorAll('.quire-text p')];
	const rectAt = (paragraph, offset) => {
		const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
		let start = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (offset < start + node.data.length) {
				const range = document.createRange();
				range.setStart(node, offset - start);
				range.setEnd(node, offset - start + 1);
				return range.getBoundingClientRect();
			}
			start += node.data.length;
		}
		return paragraph.getBoundingClientRect();
	};
	if (expected) {
		const paragraph = paragraphs.find((p) => p.textContent === expected.text);
		const box = rectAt(paragraph, expected.offset);
		const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
		return box.top >= top - 2 && box.top < top + lineHeight - 2;
	}
	const paragraph = paragraphs.find((p) => p.getBoundingClientRect().bottom > top + 2);
	let offset = 0;
	while (offset < paragraph.textContent.length - 1 && rectAt(paragraph, offset).bottom <= top + 1) offset += 1;
	return { text: paragraph.textContent, offset };
}

function toolbarState() {
	const root = document.querySelector('quire-reader').shadowRoot;
	const toolbar = root.querySelector('.quire-toolbar').getBoundingClientRect();
	return { state: root.querySelector('.quire-overlay').dataset.toolbar, onScreen: toolbar.bottom > 0 };
}

function scrollTop() {
	return document.querySelector('quire-reader').shadowRoot.querySelector('.quire-scroller').scrollTop;
}

/** In an extension page: controls smaller than 44 px and how far the page reaches past the screen's right edge. */
function extensionPageFit() {
	const small = [...document.querySelectorAll('button, a[href], select, input, textarea')]
		.map((control) => (control.tagName === 'INPUT' && control.closest('label')) || control)
		.filter((target) => {
			const box = target.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && box.top < innerHeight && (box.width < 43.5 || box.height < 43.5);
		})
		.map((target) => `${target.tagName} "${target.textContent.trim().slice(0, 30)}" ${Math.round(target.getBoundingClientRect().width)}×${Math.round(target.getBoundingClientRect().height)}`);
	return { small, sideways: document.documentElement.scrollWidth - innerWidth };
}

describe('Reader on a phone (Chromium, 390 × 844, touch)', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let page;
	let touch;
	before(async () => {
		chromium = await launchChromium({ routes: routes(), device: PHONE });
		page = await chromium.context.newPage();
		touch = await chromium.context.newCDPSession(page);
	});
	after(async () => chromium?.close());

	/** A finger drawn from one point to another, as the phone would report it. */
	const swipe = async (from, to, steps = 10) => {
		await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
		for (let i = 1; i <= steps; i++) {
			const x = from.x + ((to.x - from.x) * i) / steps;
			const y = from.y + ((to.y - from.y) * i) / steps;
			await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
		}
		await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	};
	const settled = async () => {
		// Until a smooth scroll or a fling has come to rest.
		let last = -1;
		for (let i = 0; i < 40; i++) {
			const now = await page.evaluate(scrollTop);
			if (now === last) return now;
			last = now;
			await sleep(100);
		}
		return last;
	};
	const open = async (url) => {
		await page.goto(url);
		const launcher = page.getByRole('button', { name: 'Open reader' });
		await launcher.waitFor();
		await launcher.tap();
		await page.getByRole('dialog').waitFor();
		// Tracking has started and put back any place read before (its scroll slides the toolbar away).
		await sleep(SETTLE_MS);
		await settled();
		await showToolbar();
	};
	const showToolbar = async () => {
		if ((await page.evaluate(toolbarState)).state === 'shown') return;
		await page.touchscreen.tap(195, 420);
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'shown');
		await sleep(250);
	};

	test('the launcher is a finger-sized button in the visible corner, even on a page wider than the screen', async () => {
		await page.goto(CHAPTER_1);
		const launcher = page.getByRole('button', { name: 'Open reader' });
		await launcher.waitFor();
		const { box, screen } = await launcher.evaluate((button) => ({
			box: button.getBoundingClientRect().toJSON(),
			screen: { left: visualViewport.offsetLeft, top: visualViewport.offsetTop, width: visualViewport.width, height: visualViewport.height },
		}));
		assert.ok(box.width >= 44 && box.height >= 44, `launcher ${box.width}×${box.height}`);
		assert.ok(box.left >= screen.left && box.right <= screen.left + screen.width, `launcher within the screen sideways (${box.left}–${box.right})`);
		assert.ok(box.top >= screen.top && box.bottom <= screen.top + screen.height, `launcher within the screen (${box.top}–${box.bottom})`);
	});

	test('open at 390 px: nothing scrolls sideways, every control is at least 44 × 44, text is at least 16 px', async () => {
		await open(CHAPTER_1);
		const overflow = await page.evaluate(sidewaysOverflow);
		assert.deepEqual(overflow, { scroller: 0, scrolledBy: 0, page: 0, overlay: 0 });
		assert.deepEqual(await page.evaluate(smallTargets), []);
		const sizes = await page.evaluate(() => {
			const root = document.querySelector('quire-reader').shadowRoot;
			const size = (selector) => parseFloat(getComputedStyle(root.querySelector(selector)).fontSize);
			return { text: size('.quire-text p'), card: size('.quire-card dd'), title: size('.quire-toolbar-chapter'), notes: size('.quire-notes .quire-prose') };
		});
		for (const [part, px] of Object.entries(sizes)) assert.ok(px >= 16, `${part} text is ${px} px`);
		// Further down the page and with the toolbar called back, the same holds.
		await page.evaluate(scrollToParagraphAt, 0.5);
		await page.touchscreen.tap(195, 420);
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'shown');
		assert.deepEqual(await page.evaluate(smallTargets), []);
	});

	test('the reader’s own text size still wins on a small screen', async () => {
		await page.getByRole('button', { name: 'Reader settings' }).tap();
		const smaller = page.getByRole('button', { name: 'Decrease text size' });
		for (let i = 0; i < 5; i++) await smaller.tap();
		await page.waitForFunction(() => getComputedStyle(document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text p')).fontSize === '14px');
		const larger = page.getByRole('button', { name: 'Increase text size' });
		for (let i = 0; i < 5; i++) await larger.tap();
		await page.waitForFunction(() => getComputedStyle(document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text p')).fontSize === '19px');
		await page.getByRole('button', { name: 'Close settings' }).tap();
	});

	for (const [name, button, region] of [['settings', 'Reader settings', 'Reader settings'], ['table of contents', 'Table of contents', 'Table of contents']]) {
		test(`the ${name} fit the screen, with 44 px controls, and close with a tap outside and with a swipe down`, async () => {
			await open(CHAPTER_1);
			const sheet = page.getByRole('region', { name: region });
			await page.getByRole('button', { name: button }).tap();
			await sheet.waitFor();
			const box = await page.evaluate(panelBox);
			assert.ok(box.left >= 0 && box.right <= box.width && box.top >= 0 && box.bottom <= box.height + 0.5, `panel on screen: ${JSON.stringify(box)}`);
			assert.equal(box.sideways, 0, 'nothing in the panel scrolls sideways');
			assert.deepEqual(await page.evaluate(smallTargets), []);
			// Further down the settings, too.
			await page.evaluate(() => {
				const panel = document.querySelector('quire-reader').shadowRoot.querySelector('.quire-panel');
				panel.scrollTop = panel.scrollHeight;
			});
			assert.deepEqual(await page.evaluate(smallTargets), []);
			await page.evaluate(() => {
				document.querySelector('quire-reader').shadowRoot.querySelector('.quire-panel').scrollTop = 0;
			});

			// A tap outside the sheet, on the dimmed text above it.
			await page.touchscreen.tap(195, Math.max(80, box.top / 2));
			await sheet.waitFor({ state: 'detached' });
			assert.equal(await page.evaluate(dialogOpen), true, 'only the panel closed');

			await page.getByRole('button', { name: button }).tap();
			await sheet.waitFor();
			const top = (await page.evaluate(panelBox)).top;
			// A short pull does nothing; a swipe down from the top of the sheet closes it.
			await swipe({ x: 195, y: top + 20 }, { x: 195, y: top + 45 });
			await sleep(300);
			assert.equal(await sheet.count(), 1, 'a short pull leaves it open');
			await swipe({ x: 195, y: top + 20 }, { x: 200, y: top + 260 });
			await sheet.waitFor({ state: 'detached' });
			assert.equal(await page.evaluate(dialogOpen), true, 'the reader stays open');
		});
	}

	test('a tap on the lower part of the text pages down, on the upper part pages up', async () => {
		await open(CHAPTER_1);
		// "Continued from …" sits at the bottom of the screen for a while; a reader would put it away first.
		const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
		if (await dismiss.count()) await dismiss.tap();
		await page.evaluate(scrollToParagraphAt, 0.3);
		const start = await settled();
		const height = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-scroller').clientHeight);
		await page.touchscreen.tap(195, 800);
		const down = await settled();
		assert.ok(Math.abs(down - start - height * 0.9) < 5, `paged down by ${down - start} (screen ${height})`);
		await page.touchscreen.tap(195, 150);
		const up = await settled();
		assert.ok(Math.abs(up - start) < 5, `paged back up to ${up} (from ${start})`);
	});

	test('the toolbar slides away while reading and comes back on a tap or a scroll up, without moving the text', async () => {
		await open(CHAPTER_1);
		await page.evaluate(scrollToParagraphAt, 0.4);
		// Reading on: a finger pushes the text up.
		await swipe({ x: 200, y: 600 }, { x: 200, y: 350 });
		await settled();
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'hidden');
		await sleep(300);
		assert.equal((await page.evaluate(toolbarState)).onScreen, false, 'the toolbar is off screen');
		const reading = await page.evaluate(firstLine);

		await page.touchscreen.tap(195, 420);
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'shown');
		await sleep(300);
		assert.equal((await page.evaluate(toolbarState)).onScreen, true);
		assert.deepEqual(await page.evaluate(firstLine), reading, 'showing the toolbar moved no text');

		await page.touchscreen.tap(195, 420);
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'hidden');
		await sleep(300);
		assert.deepEqual(await page.evaluate(firstLine), reading, 'hiding it moved no text either');

		// A scroll back up brings it back.
		await swipe({ x: 200, y: 350 }, { x: 200, y: 500 });
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'shown');
	});

	test('the line at the top survives turning the phone on its side and back (390 × 844 ↔ 844 × 390)', async () => {
		await open(CHAPTER_1);
		await page.evaluate(scrollToParagraphAt, 0.6);
		// Three lines into a long paragraph, so the line (not just the paragraph) has to be kept.
		await page.evaluate(() => {
			const root = document.querySelector('quire-reader').shadowRoot;
			const scroller = root.querySelector('.quire-scroller');
			const paragraph = [...root.querySelectorAll('.quire-text p')].find((p) => p.getBoundingClientRect().top >= scroller.getBoundingClientRect().top - 1 && p.getBoundingClientRect().height > 200);
			scroller.scrollBy({ top: paragraph.getBoundingClientRect().top - scroller.getBoundingClientRect().top + 3.2 * parseFloat(getComputedStyle(paragraph).lineHeight), behavior: 'instant' });
		});
		await sleep(SETTLE_MS);
		const at = await page.evaluate(topCharacter);
		assert.ok(at.offset > 0, 'the top line starts inside the paragraph');
		const stillAtTop = async (turned) => {
			for (let tries = 0; tries < 50; tries++) {
				if (await page.evaluate(topCharacter, at)) return;
				await sleep(200);
			}
			const now = await page.evaluate(topCharacter);
			assert.fail(`${turned}: the line with character ${at.offset} of "${at.text.slice(0, 40)}…" is no longer at the top (now ${now.offset} of "${now.text.slice(0, 40)}…")`);
		};
		await page.setViewportSize({ width: 844, height: 390 });
		await stillAtTop('on its side');
		assert.deepEqual((await page.evaluate(sidewaysOverflow)).scroller, 0, 'nothing sideways on its side either');
		assert.deepEqual(await page.evaluate(smallTargets), []);
		await sleep(500);
		await page.setViewportSize({ width: 390, height: 844 });
		await stillAtTop('upright again');
	});

	test('a page without a mobile viewport shows the reader at the phone’s size, and gets its own viewport back on close', async () => {
		await page.goto(NO_VIEWPORT);
		const launcher = page.getByRole('button', { name: 'Open reader' });
		await launcher.waitFor();
		assert.ok(await page.evaluate(() => innerWidth) > 900, 'the page is laid out wide, as phones do without a viewport');
		const onScreen = await launcher.evaluate((button) => button.getBoundingClientRect().height * visualViewport.scale);
		assert.ok(onScreen >= 43.5, `the launcher is still finger-sized on screen (${onScreen} px)`);
		await launcher.tap();
		await page.getByRole('dialog').waitFor();
		await page.waitForFunction(() => innerWidth === 390);
		assert.deepEqual(await page.evaluate(sidewaysOverflow), { scroller: 0, scrolledBy: 0, page: 0, overlay: 0 });
		assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text p')).fontSize), '19px');
		// The reader goes back to the place read earlier, and its toolbar slides away: a tap brings it back.
		await sleep(SETTLE_MS);
		await settled();
		await showToolbar();
		await page.getByRole('button', { name: 'Close reader' }).tap();
		await page.getByRole('button', { name: 'Open reader' }).waitFor();
		assert.equal(await page.evaluate(() => document.querySelector('meta[name="viewport"]')), null, 'our viewport is gone again');
	});

	test('a FanFiction.net chapter: its authors’ notes are folded away with the notes, not in the text', async () => {
		await open(FFN_CHAPTER_1);
		const notes = page.getByRole('complementary', { name: 'Chapter notes' });
		await notes.waitFor();
		assert.match(await notes.innerText(), /A\/N: Hello again!/);
		const notesSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('quire-reader').shadowRoot.querySelector('.quire-chapter-aside .quire-prose')).fontSize));
		assert.ok(notesSize >= 16, `notes text is ${notesSize} px`);
		const text = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text').textContent);
		assert.doesNotMatch(text, /A\/N|Disclaimer/);
		await page.getByRole('checkbox', { name: 'Always fold notes' }).tap();
		await page.getByRole('button', { name: 'Show notes' }).waitFor();
		await page.getByRole('checkbox', { name: 'Always fold notes' }).tap();
		await page.getByRole('button', { name: 'Show notes' }).waitFor({ state: 'detached' });
	});

	test('the popup and the options page fit a phone, with 44 px controls', async () => {
		for (const file of ['popup.html', 'options.html']) {
			const extensionPage = await chromium.context.newPage();
			await extensionPage.goto(chromium.extensionUrl(file));
			await extensionPage.locator('main').waitFor();
			await sleep(300);
			const fit = await extensionPage.evaluate(extensionPageFit);
			assert.equal(fit.sideways, 0, `${file} does not scroll sideways`);
			assert.deepEqual(fit.small, [], `${file} controls`);
			await extensionPage.close();
		}
	});
});

describe('Reader in a phone-narrow Firefox window (390 × 844)', { skip: skipUnless('firefox') }, () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox({ routes: routes() });
	});
	after(async () => firefox?.close());

	test('nothing scrolls sideways and every control is at least 44 × 44, open and with the settings open', async () => {
		const page = await firefox.newPage();
		await page.setViewport({ width: 390, height: 844 });
		await page.goto(CHAPTER_1);
		const launcher = await page.waitForFunction(() => document.querySelector('quire-reader')?.shadowRoot?.querySelector('.quire-launcher'), { timeout: 10_000 });
		const size = await launcher.evaluate((button) => ({ width: button.getBoundingClientRect().width, height: button.getBoundingClientRect().height }));
		assert.ok(size.width >= 44 && size.height >= 44, `launcher ${size.width}×${size.height}`);
		await launcher.evaluate((button) => button.click());
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		assert.equal(await page.evaluate(() => innerWidth), 390);
		const overflow = await page.evaluate(sidewaysOverflow);
		assert.deepEqual(overflow, { scroller: 0, scrolledBy: 0, page: 0, overlay: 0 });
		assert.deepEqual(await page.evaluate(smallTargets), []);
		await page.evaluate(() => [...document.querySelector('quire-reader').shadowRoot.querySelectorAll('.quire-tool')].find((b) => b.textContent.includes('Reader settings')).click());
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-panel'));
		const box = await page.evaluate(panelBox);
		assert.ok(box.left >= 0 && box.right <= box.width && box.bottom <= box.height + 0.5, `panel on screen: ${JSON.stringify(box)}`);
		assert.equal(box.sideways, 0);
		assert.deepEqual(await page.evaluate(smallTargets), []);
		await page.close();
	});
});
