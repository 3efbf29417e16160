/**
 * A React 19 app using the Kneebeat elements. React 19 passes props to a custom element as
 * properties when the element has one (`bpm`, `latency`), and `on<event-name>` props become
 * listeners for our events, so there is no wrapper component.
 *
 * The elements are not bundled here: the page loads dist/kneebeat.js with one script tag,
 * as any page does. Only their types are imported.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { KneeLatencyChangeEvent, KneeMetronomeChangeEvent, KneeSessionEvent, SessionRecord } from '../../components/index.js';
import './elements.js';

function App() {
  const [bpm, setBpm] = useState(172);
  const [latency, setLatency] = useState(0);
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const onSession = (event: KneeSessionEvent) => setSessions((list) => [...list, event.record]);

  return (
    <main>
      <h1>Kneebeat in React</h1>
      <p>
        Target cadence: <output id="bpm">{bpm}</output> steps/min{' '}
        <button type="button" onClick={() => setBpm((value) => Math.min(180, value + 1))}>
          +1 from React
        </button>
      </p>
      <knee-metronome
        bpm={bpm}
        latency={latency}
        exercise="run-cadence"
        onknee-metronome-change={(event: KneeMetronomeChangeEvent) => setBpm(event.bpm)}
        onknee-session={onSession}
      />
      <knee-latency-check latency={latency} onknee-latency-change={(event: KneeLatencyChangeEvent) => setLatency(event.latency)} />
      <knee-exercise exercise="quad-set" onknee-session={onSession} />
      <h2>Finished this visit</h2>
      <ul id="sessions">
        {sessions.map((record) => (
          <li key={record.id}>
            {record.kind}: {record.exerciseId}
          </li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
