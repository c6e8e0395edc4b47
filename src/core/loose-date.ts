/**
 * Dates as old archives print them, to ISO (YYYY-MM-DD): "2024-01-05",
 * "January 5, 2024", "5 Jan 2024", "05 Jan 24" (TtH), "01/05/24" and
 * "01/05/2024" (month first, as eFiction's default date format, unless the
 * first number cannot be a month). Null when the text holds no date.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jan", "Sept", "January" → its number; any other word ("Marked") → null. */
function monthOf(name: string): number | null {
	const word = name.toLowerCase();
	const index = word.length < 3 ? -1 : MONTHS.findIndex((month) => month.startsWith(word));
	return index === -1 ? null : index + 1;
}

/** Two-digit years: 70–99 are the 1900s, the rest this century (archives began in the late nineties). */
function fullYear(year: string): number {
	const n = Number(year);
	if (year.length > 2) return n;
	return n >= 70 ? 1900 + n : 2000 + n;
}

function iso(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function looseDate(text: string | null | undefined): string | null {
	const value = (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
	if (value === '') return null;
	const isoDate = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(value);
	if (isoDate) return iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
	const monthFirst = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{2,4})\b/.exec(value);
	if (monthFirst) {
		const month = monthOf(monthFirst[1] ?? '');
		if (month) return iso(fullYear(monthFirst[3] ?? ''), month, Number(monthFirst[2]));
	}
	const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{2,4})\b/.exec(value);
	if (dayFirst) {
		const month = monthOf(dayFirst[2] ?? '');
		if (month) return iso(fullYear(dayFirst[3] ?? ''), month, Number(dayFirst[1]));
	}
	const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/.exec(value);
	if (numeric) {
		const first = Number(numeric[1]);
		const second = Number(numeric[2]);
		const year = fullYear(numeric[3] ?? '');
		return first > 12 ? iso(year, second, first) : iso(year, first, second);
	}
	return null;
}
