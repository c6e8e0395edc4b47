/** library.html: the reader's library (library-page.tsx) over the browser's own storage. */
import { render } from 'preact';
import { browserLibrary } from '../storage/library.js';
import { browserCopyStore } from '../storage/saved-copies.js';
import { pageCss } from '../ui/page.css.js';
import { downloadEpub, openOnArchive } from './library-actions.js';
import { libraryCss } from './library.css.js';
import { LibraryPage } from './library-page.js';

const copies = browserCopyStore();
const style = document.createElement('style');
style.textContent = pageCss + libraryCss;
document.head.append(style);
render(
	<LibraryPage library={browserLibrary()} copies={copies} openOnArchive={openOnArchive} downloadEpub={(storyKey) => downloadEpub(storyKey, copies)} />,
	document.getElementById('app')!,
);
