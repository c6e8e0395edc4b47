import { act, within } from '@testing-library/preact';
import type { Story } from '../../src/core/types.js';
import { HOST_TAG, mountReader, type ReaderController } from '../../src/reader/mount.js';
import { createMockHost, type MockHost, type MockHostOptions } from '../../src/reader/mock-host.js';

const mounted: ReaderController[] = [];

/** Mounts the reader on a small page with a focusable button, the way the content script would. */
export function setup(story: Story, options: MockHostOptions & { openNow?: boolean } = {}) {
	document.body.innerHTML = '<main id="page"><h1>Page title</h1><button id="page-button">Page button</button></main>';
	const host: MockHost = createMockHost(options);
	let controller!: ReaderController;
	act(() => {
		controller = mountReader(story, host, { openNow: options.openNow ?? false });
	});
	mounted.push(controller);
	const element = document.querySelector(HOST_TAG);
	if (!element?.shadowRoot) throw new Error('reader not mounted');
	const shadow = element.shadowRoot;
	// Queries run inside the shadow root through its container element (errors can then print the DOM).
	const ui = within(shadow.lastElementChild as HTMLElement);
	const open = () => act(() => controller.open());
	const close = () => act(() => controller.close());
	return { host, controller, element, shadow, ui, open, close };
}

export function cleanupMounts(): void {
	act(() => {
		for (const controller of mounted.splice(0)) controller.destroy();
	});
	for (const element of Array.from(document.querySelectorAll(HOST_TAG))) element.remove();
	document.body.innerHTML = '';
	document.documentElement.removeAttribute('style');
	document.body.removeAttribute('style');
}

/** Lets effects, microtasks and an animation frame run. */
export async function settle(): Promise<void> {
	await act(async () => {
		await new Promise((resolve) => setTimeout(resolve, 40));
	});
}
