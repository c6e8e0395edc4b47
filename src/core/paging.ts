/**
 * Positions in a listing the site splits into pages (a forum's reader mode,
 * ten threadmarks a page): which place in the whole list the first item on
 * this page holds, from what the page itself shows.
 */

export interface PageOfList {
	/** 1-based number of this page. */
	page: number;
	/** Number of the last page. */
	lastPage: number;
	/** Items on this page. */
	onPage: number;
	/** Items in the whole list, when the page says. */
	total: number | null;
	/** The site's usual page size, for the one case the page cannot tell it. */
	usualPageSize: number;
}

/**
 * Every page but the last is full, so its own count is the page size; the last
 * page ends the list, so with a total it counts back from the end. Only a last
 * page without a total has to trust the site's usual page size.
 */
export function firstPositionOnPage({ page, lastPage, onPage, total, usualPageSize }: PageOfList): number {
	if (page <= 1) return 1;
	if (page < lastPage && onPage > 0) return (page - 1) * onPage + 1;
	if (total !== null && total >= onPage) return total - onPage + 1;
	return (page - 1) * usualPageSize + 1;
}

/**
 * Numbers the rows of one page of a list from `first`. A null row stands for a
 * collapsed range the site fetches on demand; when `total` is known (the list's
 * last page), the rows after it end the list and count back from the total.
 */
export function numberRows<T>(rows: readonly (T | null)[], first: number, total: number | null): { row: T; position: number }[] {
	const numbered: { row: T; position: number }[] = [];
	let position = first;
	rows.forEach((row, i) => {
		if (row !== null) numbered.push({ row, position: position++ });
		else if (total !== null) position = total - rows.slice(i + 1).filter((r) => r !== null).length + 1;
	});
	return numbered;
}
