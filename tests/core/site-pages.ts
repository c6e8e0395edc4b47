import type { PageKind } from '../../src/core/types.js';

/**
 * For every registered site: the page kinds it claims (what its `detect` can
 * answer, and for journals and Tumblr the `index` their extraction turns a
 * story-looking entry into), and the pages that prove each one. A page is an
 * own fixture (tests/fixtures/, runs for anyone) or a real page of the shared
 * corpus (path inside the corpus folder, runs where the corpus is), read at
 * the URL given. site-pages.test.ts checks that every claimed kind has a page
 * and that each page comes out with its site id and kind.
 */
export type SitePage = { kind: PageKind; url: string; note?: string } & ({ fixture: string; corpus?: never } | { corpus: string; fixture?: never });

export interface SitePages {
	claims: readonly PageKind[];
	pages: readonly SitePage[];
	/** Claimed kinds no page can prove yet, each with the reason; the test prints them. */
	unproven?: Partial<Record<PageKind, string>>;
}

const AFF = 'https://hp.adult-fanfiction.org/story.php?no=600012345';
const EFICTION = 'https://www.potionsandsnitches.org/fanfiction/viewstory.php';
const EFICTION_UNLISTED = 'https://fics.lanternarchive.example/archive/viewstory.php';
const FFA = 'https://harbourmaster.fanficauthors.net';
const FIMFICTION = 'https://www.fimfiction.net/story/424242';
const SV = 'https://forums.sufficientvelocity.com/threads/some-quest.12345/';

export const sitePages: Readonly<Record<string, SitePages>> = {
	adultfanfiction: {
		claims: ['story', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'aff-chapter.html', url: `${AFF}&chapter=2` },
			{ kind: 'story', fixture: 'aff-story-first.html', url: AFF },
			{ kind: 'not-story', fixture: 'aff-profile.html', url: 'https://members.adult-fanfiction.org/profile.php?id=5501' },
		],
	},
	ao3: {
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'ao3-work-oneshot.html', url: 'https://archiveofourown.org/works/900001' },
			{ kind: 'story', fixture: 'ao3-chapter.html', url: 'https://archiveofourown.org/works/900002/chapters/5002' },
			{ kind: 'story', fixture: 'ao3-entire-work.html', url: 'https://archiveofourown.org/works/900003?view_full_work=true' },
			{ kind: 'story', fixture: 'ao3-hidden-warnings.html', url: 'https://archiveofourown.org/works/900005' },
			{ kind: 'story', fixture: 'ao3-download.html', url: 'file:///home/reader/Kettle_Weather.html', note: 'no host: claimed by its format' },
			{ kind: 'gate', fixture: 'ao3-adult-gate.html', url: 'https://archiveofourown.org/works/900004' },
			{ kind: 'story', corpus: 'ao3/oneshot-anon-homestuck-168768.html', url: 'https://archiveofourown.org/works/168768' },
			{ kind: 'story', corpus: 'ao3/download-export-oneshot-general.html', url: 'file:///home/reader/Downloads/A_Funeral_Shroud_for.html' },
			{ kind: 'index', corpus: 'ao3/chapter-index-navigate-43703871.html', url: 'https://archiveofourown.org/works/43703871/navigate' },
			{ kind: 'gate', corpus: 'ao3/restricted-login-required-15461226.html', url: 'https://archiveofourown.org/users/login?restricted=true&return_to=%2Fworks%2F15461226' },
			{ kind: 'not-story', corpus: 'ao3/error-404-41237499.html', url: 'https://archiveofourown.org/works/41237499' },
		],
	},
	efiction: {
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'efiction-chapter.html', url: `${EFICTION}?sid=4321&chapter=2` },
			{ kind: 'story', fixture: 'efiction-printable.html', url: `${EFICTION}?action=printable&textsize=0&sid=4321&chapter=all` },
			{ kind: 'story', fixture: 'efiction-oneshot.html', url: `${EFICTION_UNLISTED}?sid=77`, note: 'no host: claimed by its markup' },
			{ kind: 'index', fixture: 'efiction-index.html', url: `${EFICTION}?sid=4321&index=1` },
			{ kind: 'gate', fixture: 'efiction-gate-age.html', url: `${EFICTION}?sid=4400` },
			{ kind: 'gate', fixture: 'efiction-gate-warning.html', url: `${EFICTION_UNLISTED}?sid=78` },
			{ kind: 'not-story', fixture: 'efiction-error.html', url: `${EFICTION_UNLISTED}?sid=79` },
		],
	},
	fanficauthors: {
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'fanficauthors-chapter.html', url: `${FFA}/Tidewater/2__Fog/` },
			{ kind: 'index', fixture: 'fanficauthors-index.html', url: `${FFA}/Tidewater/index/` },
			{ kind: 'gate', fixture: 'fanficauthors-gate.html', url: `${FFA}/Tidewater/4__Squall/`, note: 'gate markup undocumented: only the bypass=1 link the adapter looks for, inside the usual chapter skin' },
			{ kind: 'not-story', fixture: 'fanficauthors-category.html', url: `${FFA}/Harry_Potter/` },
		],
	},
	ffnet: {
		claims: ['story', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'ffnet-current.html', url: 'https://www.fanfiction.net/s/9000001/2/Paper-Boats' },
			{ kind: 'story', fixture: 'ffnet-old.html', url: 'https://www.fanfiction.net/s/9000002/1/Hollow-Hill' },
			{ kind: 'story', corpus: 'ffnet/oneshot-calculation.html', url: 'https://www.fanfiction.net/s/7628565/1/Calculation' },
			{ kind: 'not-story', corpus: 'ffnet/negative-search-results-listing.html', url: 'https://www.fanfiction.net/search/?keywords=harry&ready=1&type=story' },
		],
	},
	ficwad: {
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'ficwad-chapter.html', url: 'https://ficwad.com/story/501236' },
			{ kind: 'story', fixture: 'ficwad-oneshot.html', url: 'https://ficwad.com/story/498001' },
			{ kind: 'index', fixture: 'ficwad-index.html', url: 'https://ficwad.com/story/501234' },
			{ kind: 'gate', fixture: 'ficwad-gate.html', url: 'https://ficwad.com/story/501240' },
			{ kind: 'not-story', fixture: 'ficwad-profile.html', url: 'https://ficwad.com/a/quillfeather' },
		],
	},
	fimfiction: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'fimfiction-chapter.html', url: `${FIMFICTION}/2/the-lantern-keeper/the-oil-merchant` },
			{ kind: 'index', fixture: 'fimfiction-story.html', url: `${FIMFICTION}/the-lantern-keeper` },
			{ kind: 'not-story', fixture: 'fimfiction-story.html', url: 'https://www.fimfiction.net/user/9001/Thistledown', note: 'the story page markup at a profile address' },
		],
	},
	journal: {
		// `detect` says story, gate or not-story; an entry that only lists or links fics is extracted as their index.
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'dreamwidth-entry.html', url: 'https://someone.dreamwidth.org/1234.html' },
			{ kind: 'story', fixture: 'insanejournal-entry.html', url: 'https://asylums.insanejournal.com/lamplight_fic/5678.html?format=light' },
			{ kind: 'story', corpus: 'dreamwidth/test-fic-entry-rebecca2525-3506.html', url: 'http://rebecca2525.dreamwidth.org/3506.html?format=light' },
			{ kind: 'story', corpus: 'livejournal/test-fic-entry-2016-rebecca2525-3562.html', url: 'http://rebecca2525.livejournal.com/3562.html?format=light' },
			{ kind: 'index', corpus: 'dreamwidth/community-fic-post-rarelitfic-5572.html', url: 'http://rarelitfic.dreamwidth.org/5572.html?format=light' },
			{ kind: 'gate', corpus: 'dreamwidth/gate-discretion-advised-rarelitfic-5572.html', url: 'http://rarelitfic.dreamwidth.org/5572.html?format=light' },
			{ kind: 'gate', corpus: 'livejournal/gate-adult-content-notice-2011-rarelitslash-271960.html', url: 'http://rarelitslash.livejournal.com/271960.html?format=light' },
			{ kind: 'not-story', corpus: 'dreamwidth/negative-nonfic-entry-with-poll-cesy-394320.html', url: 'http://cesy.dreamwidth.org/394320.html?format=light' },
			{ kind: 'not-story', corpus: 'livejournal/negative-profile-2016-rebecca2525.html', url: 'http://rebecca2525.livejournal.com/profile?format=light' },
		],
	},
	literotica: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'literotica-story-page1.html', url: 'https://www.literotica.com/s/the-night-train' },
			{ kind: 'index', fixture: 'literotica-series.html', url: 'https://www.literotica.com/series/se/8800001' },
			{ kind: 'not-story', fixture: 'literotica-series.html', url: 'https://www.literotica.com/authors/MarrowQuill/works/stories', note: 'the series page markup at an author list' },
		],
	},
	mediaminer: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'mediaminer-chapter.html', url: 'https://www.mediaminer.org/fanfic/c/lantern-keepers-fan-fiction/the-tollkeeper-s-lantern/900200/900201' },
			{ kind: 'index', corpus: 'mediaminer/story-index-page.html', url: 'https://www.mediaminer.org/fanfic/s/inuyasha-fan-fiction/a-miko-s-instincts/102126' },
			{ kind: 'not-story', fixture: 'mediaminer-listing.html', url: 'https://www.mediaminer.org/fanfic/a/lantern-keepers/9001' },
		],
	},
	quotev: {
		claims: ['story', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'quotev-story.html', url: 'https://www.quotev.com/story/9000042/The-Orchard-Letters/2' },
			{ kind: 'not-story', fixture: 'quotev-profile.html', url: 'https://www.quotev.com/PearTree' },
		],
	},
	royalroad: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', corpus: 'royalroad/chapter-prologue-okeanos-returnal.html', url: 'https://www.royalroad.com/fiction/165189/okeanos-returnal/chapter/3334461/prologue-last-warm-night' },
			{ kind: 'index', corpus: 'royalroad/fiction-index-page-with-content-warnings.html', url: 'https://www.royalroad.com/fiction/25137/worth-the-candle' },
			{ kind: 'not-story', fixture: 'royalroad-search.html', url: 'https://www.royalroad.com/fictions/search?title=lamp' },
		],
	},
	scribblehub: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'scribblehub-chapter.html', url: 'https://www.scribblehub.com/read/900100-the-salt-road/chapter/900102/' },
			{ kind: 'index', fixture: 'scribblehub-series.html', url: 'https://www.scribblehub.com/series/900100/the-salt-road/' },
			{ kind: 'not-story', fixture: 'scribblehub-series.html', url: 'https://www.scribblehub.com/profile/4242/tern/', note: 'the series page markup at a profile address' },
			{ kind: 'story', corpus: 'scribblehub/edited-chapter-placeholder-text-authornotes.html', url: 'https://www.scribblehub.com/read/123456-creepy-story-club/chapter/54321/' },
			{ kind: 'index', corpus: 'scribblehub/edited-series-page-toc.html', url: 'https://www.scribblehub.com/series/123456/creepy-story-club/' },
		],
	},
	tth: {
		claims: ['story', 'index', 'gate', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'tth-chapter.html', url: 'https://www.tthfanfic.org/Story-12345-2/Greywizard+The+Quiet+Gate.htm' },
			{ kind: 'index', fixture: 'tth-storyinfo.html', url: 'https://www.tthfanfic.org/StoryInfo-12345-1' },
			{ kind: 'gate', fixture: 'tth-filter-gate.html', url: 'https://www.tthfanfic.org/Story-12999' },
			{ kind: 'not-story', fixture: 'tth-author.html', url: 'https://www.tthfanfic.org/AuthorStories-3449/Greywizard.htm' },
		],
	},
	tumblr: {
		// `detect` says story or not-story; a post that only announces and links a fic is extracted as its index.
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'tumblr-post.html', url: 'https://paperlantern-writes.tumblr.com/post/730000000001/low-tide' },
			{ kind: 'index', fixture: 'tumblr-announcement.html', url: 'https://paperlantern-writes.tumblr.com/post/730000000010/new-fic-the-quiet-buoy' },
			{ kind: 'not-story', fixture: 'tumblr-tagged.html', url: 'https://paperlantern-writes.tumblr.com/tagged/my-fic' },
		],
	},
	wattpad: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'wattpad-part.html', url: 'https://www.wattpad.com/1300000002-lighthouse-summer-two-the-keeper%27s-log' },
			{ kind: 'index', fixture: 'wattpad-story.html', url: 'https://www.wattpad.com/story/300000001-lighthouse-summer' },
			{ kind: 'not-story', fixture: 'wattpad-part.html', url: 'https://www.wattpad.com/user/GullFeather', note: 'the part page markup at a profile address' },
			{ kind: 'index', corpus: 'wattpad/story-landing-page-2-parts.html', url: 'https://www.wattpad.com/story/271297863-koteczek-alcina-dimitrescu-short-oneshot' },
		],
	},
	xenforo: {
		claims: ['story', 'index', 'not-story'],
		pages: [
			{ kind: 'story', fixture: 'xenforo-sv-reader.html', url: `${SV}reader/page-2` },
			{ kind: 'story', fixture: 'xenforo-sv-thread-page.html', url: `${SV}page-11` },
			{ kind: 'story', fixture: 'xenforo-qq-post-page.html', url: 'https://forum.questionablequesting.com/threads/a-quest.777/page-2' },
			{ kind: 'index', fixture: 'xenforo-sv-threadmarks.html', url: `${SV}threadmarks` },
			{ kind: 'not-story', fixture: 'xenforo-sv-forum-index.html', url: 'https://forums.sufficientvelocity.com/' },
			{ kind: 'story', corpus: 'xenforo/edited-spacebattles-reader-page1-2019.html', url: 'https://forums.spacebattles.com/threads/my-great-story.555/reader/' },
			{ kind: 'index', corpus: 'xenforo/edited-spacebattles-threadmarks-index-2019.html', url: 'https://forums.spacebattles.com/threads/555/threadmarks?category_id=1' },
		],
	},
};
