/** What a user may set, and the values Clausewise starts with. */
export interface Settings {
  /** Review agreements at all. */
  enabled: boolean;
  /** A summary short enough to need no scrolling counts as read after this long on screen. */
  readDelayMs: number;
  /** Host names (and their subdomains) where Clausewise never locks. */
  neverLockSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  readDelayMs: 3000,
  neverLockSites: [],
};
