/** Which exercises the library shows for a chosen level and body area. */
import { LEVELS, type BodyArea, type Exercise, type Level } from '../../content/types.js';

/** The body areas, in the order a filter offers them. */
export const BODY_AREAS: readonly BodyArea[] = [
  'quadriceps',
  'hip',
  'glutes',
  'hamstrings',
  'calves',
  'it-band',
  'hip-flexors',
  'core',
  'balance',
  'whole-leg',
];

export interface LibraryFilter {
  level?: Level | undefined;
  area?: BodyArea | undefined;
}

export const isLevel = (value: unknown): value is Level => (LEVELS as readonly unknown[]).includes(value);
export const isBodyArea = (value: unknown): value is BodyArea => (BODY_AREAS as readonly unknown[]).includes(value);

/** An area's name as shown ("it-band" → "it band"). */
export const areaName = (area: BodyArea) => area.replace('-', ' ');

/**
 * The exercises of a level (with the daily stretches, which belong to every level) for a body
 * area; either left out means all.
 */
export function filterExercises(exercises: readonly Exercise[], { level, area }: LibraryFilter): Exercise[] {
  return exercises.filter((e) => (!level || e.level === level || e.level === 'daily') && (!area || e.areas.includes(area)));
}
