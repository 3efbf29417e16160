/**
 * Registers every Kneebeat element. Built to `dist/kneebeat.js`, the one script an embedding
 * page needs: `<script type="module" src="kneebeat.js"></script>`.
 * Audio (Tone.js and the engines) loads on demand, when a user first starts a beat.
 */
export { KneeMetronome } from './knee-metronome/knee-metronome.js';
export { KneeMetronomeChangeEvent, KneeMetronomeMeasureEvent, KneeMetronomeStartEvent, KneeMetronomeStopEvent } from './knee-metronome/metronome-events.js';
export { KneeRun } from './knee-run/knee-run.js';
export { KneeRunPlanChangeEvent, KneeRunPlanTempoEvent } from './knee-run/run-events.js';
export { KneeHoldTimer } from './knee-hold-timer/knee-hold-timer.js';
export { KneeHoldEndEvent, KneeHoldStartEvent } from './knee-hold-timer/hold-events.js';
export { KneeSessionLog } from './knee-session-log/knee-session-log.js';
export { KneeSessionSavedEvent, KneeSessionUnsavedEvent } from './knee-session-log/session-log-events.js';
export { KneeHistory } from './knee-history/knee-history.js';
export { KneeExercise } from './knee-exercise/knee-exercise.js';
export { KneeToday } from './knee-today/knee-today.js';
export { KneeLevelChangeEvent } from './knee-today/today-events.js';
export { KneeGuidedSession } from './knee-guided-session/knee-guided-session.js';
export { KneeRedFlags } from './knee-red-flags/knee-red-flags.js';
export { KneeRedFlagsEvent } from './knee-red-flags/red-flags-events.js';
export { KneeLatencyCheck } from './knee-latency-check/knee-latency-check.js';
export { KneeLatencyChangeEvent } from './knee-latency-check/latency-events.js';
export { KneeActivityRequestEvent } from '../src/activity/request-event.js';
export { KneeLibrary } from './knee-library/knee-library.js';
export { KneeLibraryFilterEvent } from './knee-library/library-events.js';
export { KneeSettings } from './knee-settings/knee-settings.js';
export { KneeSettingsChangeEvent } from './knee-settings/settings-events.js';
export { KneeClinician } from './knee-clinician/knee-clinician.js';
export { KneePrescription } from './knee-prescription/knee-prescription.js';
export { KneePrescriptionEvent } from './knee-prescription/prescription-events.js';
export { KneeWatch } from './knee-watch/knee-watch.js';
export { KneeWatchChangeEvent } from './knee-watch/watch-events.js';
export { KneePrescriptionStopEvent } from './knee-settings/settings-events.js';
export { KneeApp } from './knee-app/knee-app.js';
export { KneeSessionEvent, KneeSessionPainEvent, KneeSessionProgressEvent } from '../src/session-record.js';
export type { AppSettings } from '../src/app/settings.js';
export type { Prescription, PrescribedItem } from '../src/rx/prescription.js';
export type { SessionRecord, CadenceSessionRecord, HoldSessionRecord, RoutineSessionRecord } from '../src/session-record.js';
