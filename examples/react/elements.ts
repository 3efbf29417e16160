/**
 * JSX types for the Kneebeat elements this example uses: their attributes/properties and
 * their events as `on<event-name>` props (React 19's form for custom-element events).
 */
import type { HTMLAttributes } from 'react';
import type { KneeLatencyChangeEvent, KneeMetronomeChangeEvent, KneeSessionEvent } from '../../components/index.js';

type KneeProps<Props> = HTMLAttributes<HTMLElement> & Props;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'knee-metronome': KneeProps<{
        bpm?: number;
        latency?: number;
        sound?: 'click' | 'wood' | 'beep' | 'cowbell';
        volume?: number;
        exercise?: string;
        'onknee-metronome-change'?: (event: KneeMetronomeChangeEvent) => void;
        'onknee-session'?: (event: KneeSessionEvent) => void;
      }>;
      'knee-latency-check': KneeProps<{ latency?: number; 'onknee-latency-change'?: (event: KneeLatencyChangeEvent) => void }>;
      'knee-exercise': KneeProps<{ exercise?: string; 'onknee-session'?: (event: KneeSessionEvent) => void }>;
    }
  }
}
