import { useId } from 'preact/hooks';
import {
	ALIGNMENT_LABELS, ALIGNMENTS, FONT_FAMILIES, FONT_FAMILY_LABELS, RANGES, stepPref, THEME_LABELS, THEMES,
	type NumericPref, type Prefs,
} from '../prefs.js';

/** A site the reader can open automatically on. */
export interface SiteChoice {
	id: string;
	name: string;
}

export interface SettingsPanelProps {
	prefs: Prefs;
	/** Called with just the changed fields, at once (no "save" step). */
	onChange(patch: Partial<Prefs>): void;
	/** Sites offered for "open automatically"; the overlay passes the current site only. */
	siteList: readonly SiteChoice[];
}

interface StepperProps {
	prefKey: Exclude<NumericPref, 'wordsPerMinute'>;
	label: string;
	/** Lower-case name used in the button names ("text size"). */
	noun: string;
	format(value: number): string;
	prefs: Prefs;
	onChange(patch: Partial<Prefs>): void;
}

function Stepper({ prefKey, label, noun, format, prefs, onChange }: StepperProps) {
	const value = prefs[prefKey];
	const { min, max } = RANGES[prefKey];
	const id = useId();
	return (
		<div role="group" aria-labelledby={id}>
			<div class="quire-field-label" id={id}>{label}</div>
			<div class="quire-stepper">
				<button type="button" aria-label={`Decrease ${noun}`} disabled={value <= min} onClick={() => onChange({ [prefKey]: stepPref(prefKey, value, -1) })}>
					−
				</button>
				<output aria-live="polite">{format(value)}</output>
				<button type="button" aria-label={`Increase ${noun}`} disabled={value >= max} onClick={() => onChange({ [prefKey]: stepPref(prefKey, value, 1) })}>
					+
				</button>
			</div>
		</div>
	);
}

function RadioGroup<T extends string>({ legend, name, choices, labels, value, onPick }: {
	legend: string;
	name: string;
	choices: readonly T[];
	labels: Record<T, string>;
	value: T;
	onPick(choice: T): void;
}) {
	return (
		<fieldset>
			<legend>{legend}</legend>
			<div class="quire-choices">
				{choices.map((choice) => (
					<label key={choice} class="quire-choice">
						<input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onPick(choice)} />
						{labels[choice]}
					</label>
				))}
			</div>
		</fieldset>
	);
}

function Check({ label, checked, onToggle }: { label: string; checked: boolean; onToggle(checked: boolean): void }) {
	return (
		<label class="quire-check">
			<input type="checkbox" checked={checked} onChange={(event) => onToggle(event.currentTarget.checked)} />
			{label}
		</label>
	);
}

/**
 * Every reader preference, edited live. Standalone: the overlay, the options
 * page and the popup all render it (with `settingsPanelCss` for its styles).
 */
export function SettingsPanel({ prefs, onChange, siteList }: SettingsPanelProps) {
	const ids = useId();
	const fontId = `${ids}-font`;
	const speedId = `${ids}-speed`;
	return (
		<div class="quire-settings">
			<RadioGroup legend="Theme" name={`${ids}-theme`} choices={THEMES} labels={THEME_LABELS} value={prefs.theme} onPick={(theme) => onChange({ theme })} />
			<div>
				<label class="quire-field-label" for={fontId} style={{ display: 'block' }}>Font</label>
				<select id={fontId} value={prefs.fontFamily} onChange={(event) => onChange({ fontFamily: event.currentTarget.value as Prefs['fontFamily'] })}>
					{FONT_FAMILIES.map((family) => (
						<option key={family} value={family}>{FONT_FAMILY_LABELS[family]}</option>
					))}
				</select>
			</div>
			<Stepper prefKey="fontSize" label="Text size" noun="text size" format={(v) => `${v} px`} prefs={prefs} onChange={onChange} />
			<Stepper prefKey="lineHeight" label="Line spacing" noun="line spacing" format={(v) => v.toFixed(1)} prefs={prefs} onChange={onChange} />
			<Stepper prefKey="textWidth" label="Text width" noun="text width" format={(v) => `${v} characters`} prefs={prefs} onChange={onChange} />
			<Stepper prefKey="paragraphSpacing" label="Paragraph spacing" noun="paragraph spacing" format={(v) => `${v} em`} prefs={prefs} onChange={onChange} />
			<RadioGroup legend="Alignment" name={`${ids}-align`} choices={ALIGNMENTS} labels={ALIGNMENT_LABELS} value={prefs.align} onPick={(align) => onChange({ align })} />
			<fieldset>
				<legend>Touch screens</legend>
				<Check label="Tap near the top or bottom of the text to turn the page" checked={prefs.tapToPage} onToggle={(tapToPage) => onChange({ tapToPage })} />
				<p class="quire-hint">A tap in the middle shows or hides the toolbar.</p>
			</fieldset>
			<fieldset>
				<legend>Folding</legend>
				<Check label="Hide warnings by default" checked={prefs.hideWarnings} onToggle={(hideWarnings) => onChange({ hideWarnings })} />
				<Check label="Hide additional tags by default" checked={prefs.hideTags} onToggle={(hideTags) => onChange({ hideTags })} />
				<Check label="Hide spoilers by default" checked={prefs.hideSpoilers} onToggle={(hideSpoilers) => onChange({ hideSpoilers })} />
				<Check label="Hide author's notes by default" checked={prefs.hideNotes} onToggle={(hideNotes) => onChange({ hideNotes })} />
				<p class="quire-hint">Hidden parts stay one click away.</p>
			</fieldset>
			{siteList.length > 0 && (
				<fieldset>
					<legend>Open automatically</legend>
					{siteList.map((site) => (
						<Check
							key={site.id}
							label={`Open the reader automatically on ${site.name}`}
							checked={prefs.autoOpen[site.id] === true}
							onToggle={(enabled) => onChange({ autoOpen: { ...prefs.autoOpen, [site.id]: enabled } })}
						/>
					))}
				</fieldset>
			)}
			<div>
				<label class="quire-field-label" for={speedId} style={{ display: 'block' }}>Reading speed (words per minute)</label>
				<input
					id={speedId}
					type="number"
					inputMode="numeric"
					min={RANGES.wordsPerMinute.min}
					max={RANGES.wordsPerMinute.max}
					step={RANGES.wordsPerMinute.step}
					value={prefs.wordsPerMinute}
					onChange={(event) => {
						const value = Number(event.currentTarget.value);
						const { min, max } = RANGES.wordsPerMinute;
						if (Number.isFinite(value) && value >= min && value <= max) onChange({ wordsPerMinute: Math.round(value) });
						else event.currentTarget.value = String(prefs.wordsPerMinute);
					}}
				/>
			</div>
		</div>
	);
}
