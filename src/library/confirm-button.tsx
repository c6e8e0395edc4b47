import { useState } from 'preact/hooks';

interface ConfirmButtonProps {
	/** The button's name before and the question after the first press. */
	label: string;
	question: string;
	confirmLabel: string;
	onConfirm(): void;
}

/** A button that asks once before it does something that cannot be undone. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
	const [asking, setAsking] = useState(false);
	if (!asking) return <button type="button" onClick={() => setAsking(true)}>{label}</button>;
	return (
		<span class="library-confirm" role="group" aria-label={question}>
			<span>{question}</span>
			<button type="button" onClick={() => {
				setAsking(false);
				onConfirm();
			}}>{confirmLabel}</button>
			<button type="button" onClick={() => setAsking(false)}>Cancel</button>
		</span>
	);
}
