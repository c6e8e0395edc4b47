/** Small line icons for the toolbar; decorative, the buttons carry the names. */

interface IconProps {
	path: string;
}

function Icon({ path }: IconProps) {
	return (
		<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
			<path d={path} />
		</svg>
	);
}

export const BookIcon = () => <Icon path="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5zM4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5" />;
export const ListIcon = () => <Icon path="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" />;
export const PreviousIcon = () => <Icon path="M15 18l-6-6 6-6" />;
export const NextIcon = () => <Icon path="M9 18l6-6-6-6" />;
export const SettingsIcon = () => <Icon path="M4 7h10M18 7h2M4 17h4M12 17h8M14 4v6M8 14v6" />;
export const KeyboardIcon = () => <Icon path="M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M8 14h8" />;
export const CloseIcon = () => <Icon path="M6 6l12 12M18 6L6 18" />;
