/**
 * A padlock drawn in the text's colour. An icon of our own, not the 🔒 emoji: systems without a
 * colour emoji font (many Linux desktops, headless browsers) drew the emoji as an empty box.
 */
export function LockIcon() {
  return (
    <svg class="glyph" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
  );
}
