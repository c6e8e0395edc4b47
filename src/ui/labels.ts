/** Short labels the shelf and the library share. */

export function lastReadLabel(lastRead: number, now = Date.now()): string {
	const minutes = Math.round((now - lastRead) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h ago`;
	const days = Math.round(hours / 24);
	if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
	return new Date(lastRead).toLocaleDateString();
}

/** "1 new chapter", "2 new chapters". */
export function newChaptersLabel(count: number): string {
	return count === 1 ? '1 new chapter' : `${count} new chapters`;
}
