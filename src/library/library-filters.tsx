import type { RatingLevel } from '../core/types.js';
import { READING_STATUS_LABELS, READING_STATUSES, type ReadingStatus } from '../reader/reading-status.js';
import { siteName } from '../ui/site-name.js';
import { RATING_NAMES, SORT_LABELS, SORTS, type LibraryQuery, type LibrarySort } from './library-query.js';

interface LibraryFiltersProps {
	query: LibraryQuery;
	sites: string[];
	ratings: RatingLevel[];
	onChange(patch: Partial<LibraryQuery>): void;
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** Search, the status, site and rating filters, and the sort order. */
export function LibraryFilters({ query, sites, ratings, onChange }: LibraryFiltersProps) {
	return (
		<form class="library-filters" role="search" aria-label="Find stories" onSubmit={(event) => event.preventDefault()}>
			<label class="library-search">
				Search by title, author, fandom or tag
				<input type="search" value={query.text} onInput={(event) => onChange({ text: valueOf(event) })} />
			</label>
			<label>
				Status
				<select value={query.status} onChange={(event) => onChange({ status: valueOf(event) as ReadingStatus | 'all' })}>
					<option value="all">All statuses</option>
					{READING_STATUSES.map((status) => <option key={status} value={status}>{READING_STATUS_LABELS[status]}</option>)}
				</select>
			</label>
			<label>
				Site
				<select value={query.site} onChange={(event) => onChange({ site: valueOf(event) })}>
					<option value="all">All sites</option>
					{sites.map((site) => <option key={site} value={site}>{siteName(site)}</option>)}
				</select>
			</label>
			<label>
				Rating
				<select value={query.rating} onChange={(event) => onChange({ rating: valueOf(event) as RatingLevel | 'all' })}>
					<option value="all">All ratings</option>
					{ratings.map((rating) => <option key={rating} value={rating}>{RATING_NAMES[rating]}</option>)}
				</select>
			</label>
			<label>
				Sort by
				<select value={query.sort} onChange={(event) => onChange({ sort: valueOf(event) as LibrarySort })}>
					{SORTS.map((sort) => <option key={sort} value={sort}>{SORT_LABELS[sort]}</option>)}
				</select>
			</label>
		</form>
	);
}
