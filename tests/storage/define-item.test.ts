import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeVersioned, defineItem } from '../../src/storage/define-item.js';
import { fakeAreas, settle } from './fake-storage.js';

/** A made-up item with two migrations: v1 `{size}` → v2 `{size, unit}` → v3 `{px}`. */
interface Zoom {
	px: number;
}
const zoomDefinition = {
	key: 'zoom',
	area: 'local' as const,
	fallback: { px: 16 },
	version: 3,
	migrations: {
		2: (old: { size: number }) => ({ size: old.size, unit: 'pt' }),
		3: (old: { size: number; unit: string }) => ({ px: old.unit === 'pt' ? Math.round((old.size * 4) / 3) : old.size }),
	},
	validate: (value: unknown): Zoom | null =>
		typeof value === 'object' && value !== null && typeof (value as Zoom).px === 'number' ? { px: (value as Zoom).px } : null,
};

afterEach(() => {
	vi.restoreAllMocks();
});

describe('defineItem', () => {
	it('returns the fallback when nothing is stored, and round-trips a value as {v, data}', async () => {
		const areas = fakeAreas();
		const zoom = defineItem(zoomDefinition, areas);
		expect(await zoom.get()).toEqual({ px: 16 });
		await zoom.set({ px: 20 });
		expect(areas.local.peek('zoom')).toEqual({ v: 3, data: { px: 20 } });
		expect(await zoom.get()).toEqual({ px: 20 });
		await zoom.remove();
		expect(await zoom.get()).toEqual({ px: 16 });
	});

	it('migrates a literal version 1 record through every step before reading', async () => {
		const areas = fakeAreas();
		areas.local.seed({ zoom: { v: 1, data: { size: 12 } } });
		const zoom = defineItem(zoomDefinition, areas);
		expect(await zoom.get()).toEqual({ px: 16 });
		areas.local.seed({ zoom: { v: 2, data: { size: 30, unit: 'px' } } });
		expect(await zoom.get()).toEqual({ px: 30 });
	});

	it('writes the migrated value back when asked to migrate', async () => {
		const areas = fakeAreas();
		areas.local.seed({ zoom: { v: 1, data: { size: 9 } } });
		await defineItem(zoomDefinition, areas).migrate();
		expect(areas.local.peek('zoom')).toEqual({ v: 3, data: { px: 12 } });
	});

	it.each([
		['a bare value from before versioning', { px: 20 }],
		['a string', 'zoom!'],
		['a newer version', { v: 9, data: { px: 20 } }],
		['an invalid payload', { v: 3, data: { px: 'big' } }],
		['a migration that throws', { v: 2, data: null }],
	])('skips %s with one log line and returns the fallback', async (_name, raw) => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.local.seed({ zoom: raw });
		expect(await defineItem(zoomDefinition, areas).get()).toEqual({ px: 16 });
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[quire\] storage: skipped zoom/);
	});

	it('returns the fallback when the area cannot be read', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.local.failReads('IO error');
		expect(await defineItem(zoomDefinition, areas).get()).toEqual({ px: 16 });
		expect(warn).toHaveBeenCalledTimes(1);
	});

	it('reports changes until the signal aborts', async () => {
		const areas = fakeAreas();
		const zoom = defineItem(zoomDefinition, areas);
		const seen: Zoom[] = [];
		const controller = new AbortController();
		zoom.onChanged((value) => seen.push(value), controller.signal);
		await zoom.set({ px: 22 });
		await settle();
		await zoom.remove();
		await settle();
		controller.abort();
		await zoom.set({ px: 40 });
		await settle();
		expect(seen).toEqual([{ px: 22 }, { px: 16 }]);
		expect(areas.local.listenerCount()).toBe(0);
	});

	it('decodeVersioned stays silent when nothing is stored', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(decodeVersioned({ ...zoomDefinition, name: 'zoom' }, undefined)).toBeNull();
		expect(warn).not.toHaveBeenCalled();
	});
});
