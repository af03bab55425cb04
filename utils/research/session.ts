/**
 * Research mode on one agreement page: asks for consent when this study has none yet, and
 * once given, records the view and sends its checkpoints to the background, which stores them.
 * Nothing is recorded before consent, nor after a "no". Turning research mode off (the user in
 * the settings, or the administrator's policy) or changing the study while the page is open
 * stops this view at once: what was recorded until then is saved as final, nothing after.
 */
import type { FoundControl } from '../analysis/agree-controls';
import type { Analysis } from '../analysis/types';
import { sendMessage } from '../messages';
import { getSettings, watchSettings } from '../settings/store';
import { ViewRecorder } from './recorder';
import { getConsent, getParticipantId, setConsent } from './store';

/** `stopped`: research mode was turned off (or the study changed) while the page was open. */
export type ResearchPhase = 'asking' | 'recording' | 'declined' | 'stopped';

export interface ResearchSession {
  readonly phase: ResearchPhase;
  readonly studyId: string;
  /** The policy's consent text; empty means the built-in one. */
  readonly consentText: string;
  answer(granted: boolean): Promise<void>;
  setList(list: HTMLElement | null): void;
  jumped(clauseIndex: number): void;
  unlocked(how: 'read' | 'skipped'): void;
  dispose(): void;
}

export interface SessionOptions {
  analysis: Analysis;
  controls: FoundControl[];
  /** The agree controls are held until the summary is read (otherwise they work from the start). */
  startsLocked: boolean;
  /** The participant's last read of this agreement (earlier-read.ts), for repeat views. */
  earlierRead?: { at: number; unread: ReadonlySet<number> };
  /** Called when the phase changes, so the panel redraws its notice or indicator. */
  onChange(): void;
}

/** Undefined when research mode is off, or the participant said no to this study. */
export async function startResearchSession(opts: SessionOptions): Promise<ResearchSession | undefined> {
  const { research } = await getSettings();
  if (!research.enabled) return undefined;
  const consent = await getConsent(research.studyId);
  if (consent?.decision === 'declined') return undefined;

  let phase: ResearchPhase = 'asking';
  let recorder: ViewRecorder | undefined;
  let list: HTMLElement | null = null;
  let unlockedHow: 'read' | 'skipped' | undefined;
  let disposed = false;
  let stopWatching: (() => void) | undefined;

  /** Ends recording for this view; the recorder's last save is its final record. */
  const stop = () => {
    stopWatching?.();
    stopWatching = undefined;
    if (disposed || phase === 'declined' || phase === 'stopped') return;
    recorder?.finish();
    recorder = undefined;
    phase = 'stopped';
    opts.onChange();
  };

  const startRecording = async () => {
    const participantId = await getParticipantId();
    if (disposed || phase !== 'asking') return;
    recorder = new ViewRecorder({
      analysis: opts.analysis,
      controls: opts.controls,
      startsLocked: opts.startsLocked,
      earlierRead: opts.earlierRead,
      studyId: research.studyId,
      participantId,
      recordFullUrl: research.recordFullUrl,
      recordClauseText: research.uploadClauseText,
      speed: { wordsPerMinute: research.wordsPerMinute, charactersPerMinute: research.charactersPerMinute },
      save: (record) => void sendMessage('researchSave', record).catch(() => undefined),
    });
    recorder.setList(list);
    if (unlockedHow) recorder.unlocked(unlockedHow);
    recorder.checkpoint();
    phase = 'recording';
    opts.onChange();
  };

  // Watched from the start, so a switch while consent is asked removes the question too.
  stopWatching = watchSettings(({ research: now }) => {
    if (!now.enabled || now.studyId !== research.studyId) stop();
  });
  if (consent?.decision === 'granted') await startRecording();

  return {
    get phase() {
      return phase;
    },
    studyId: research.studyId,
    consentText: research.consentText,
    async answer(granted) {
      if (phase !== 'asking') return;
      await setConsent(research.studyId, granted ? 'granted' : 'declined');
      if (phase !== 'asking') return; // research mode was turned off meanwhile
      if (granted) await startRecording();
      else {
        phase = 'declined';
        opts.onChange();
      }
    },
    setList(element) {
      list = element;
      recorder?.setList(element);
    },
    jumped(index) {
      recorder?.jumped(index);
    },
    unlocked(how) {
      unlockedHow ??= how;
      recorder?.unlocked(how);
    },
    dispose() {
      stopWatching?.();
      disposed = true;
      recorder?.finish();
    },
  };
}
