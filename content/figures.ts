/**
 * Kneebeat's own exercise drawings: for each exercise, the start and end pose of one side-view
 * stick figure (src/figures/pose.ts) and the things it uses. Drawn for this app, from the
 * positions the exercise's own steps describe; nothing traced or copied.
 */
import { FLOOR_Y, type Limb, type Point, type Pose } from '../src/figures/pose.js';

export type Prop =
  | { kind: 'wall'; x: number }
  | { kind: 'step'; x: number; width: number; height: number }
  | { kind: 'ball'; x: number; y: number; r: number }
  /** A chair back or counter: its post at `x`, its top reaching forward. */
  | { kind: 'support'; x: number }
  | { kind: 'line'; x: number };

/** Things fixed to the body, which move with it: a band, a strap to the hand, an ankle weight. */
export type Attachment = 'band-knees' | 'band-ankles' | 'strap' | 'weight';

export interface ExerciseFigure {
  start: Pose;
  end: Pose;
  props?: Prop[];
  attach?: Attachment[];
}

// Building blocks. Floor at y = 86; standing hips at y = 45, lying at y = 81.
const STRAIGHT_DOWN: Limb = [0, 0, 90];
const LYING_STRAIGHT: Limb = [90, 90, 180];
const ARM_DOWN: Limb = [0, 0];
const ARM_ALONG_BODY: Limb = [92, 90];
/** Height of a support's top (a chair back, a counter). */
export const SUPPORT_TOP = 38;
/** A hand on top of the support in front (SUPPORT). */
const HOLDING: Limb = { to: [58, SUPPORT_TOP], bend: 'down' };
const SUPPORT: Prop = { kind: 'support', x: 60 };
const planted = (to: Point, bend: 'front' | 'up' = 'front', end = 90): Limb => ({ to, bend, end });
const standing = (x: number, extra: Partial<Pose> = {}): Pose => ({
  hip: [x, 45],
  trunk: 180,
  near: STRAIGHT_DOWN,
  far: STRAIGHT_DOWN,
  arm: ARM_DOWN,
  ...extra,
});
const supine = (x: number, extra: Partial<Pose> = {}): Pose => ({
  hip: [x, 81],
  trunk: 270,
  near: LYING_STRAIGHT,
  far: LYING_STRAIGHT,
  arm: ARM_ALONG_BODY,
  ...extra,
});
/** Lying face down or on one side, head on the arm. */
const lying = (x: number, extra: Partial<Pose> = {}): Pose => ({ hip: [x, 81], trunk: 270, near: [90, 90, 90], far: [90, 90, 90], arm: [250, 100], ...extra });
/** Knees bent, feet flat: the start of bridges and lying holds. */
const KNEES_BENT = (hipX: number): Limb => planted([hipX + 27, 85], 'up');
/** On hands and knees, head to the left: knees under the hips, hands under the shoulders. */
const allFours = (extra: Partial<Pose> = {}): Pose => ({
  hip: [70, 64],
  trunk: 265,
  near: [0, 90, 90],
  far: [0, 90, 90],
  arm: { to: [44, 85], bend: 'back' },
  ...extra,
});
/** A back foot on its toes, heel up. */
const onToes = (x: number): Limb => ({ to: [x, 80], bend: 'front', end: 40 });
const SIDE_BENT: Limb = [100, 240, 270];

export const FIGURES: Record<string, ExerciseFigure> = {
  'quad-set': {
    start: supine(60, { near: [98, 82, 170] }),
    end: supine(60, { near: [90, 90, 190] }),
    props: [{ kind: 'ball', x: 80, y: 84, r: 2.5 }],
  },
  'short-arc-quad': {
    start: supine(60, { near: [105, 70, 150] }),
    end: supine(60, { near: [105, 105, 190] }),
    props: [{ kind: 'ball', x: 79, y: 81, r: 5 }],
  },
  'straight-leg-raise': {
    start: supine(58, { far: KNEES_BENT(58) }),
    end: supine(58, { far: KNEES_BENT(58), near: [130, 130, 215] }),
  },
  'straight-leg-raise-weighted': {
    start: supine(58, { far: KNEES_BENT(58) }),
    end: supine(58, { far: KNEES_BENT(58), near: [130, 130, 215] }),
    attach: ['weight'],
  },
  'wall-slide': {
    start: standing(42, { near: planted([50, 85]), far: planted([50, 85]) }),
    end: standing(42, { hip: [42, 60], near: planted([52, 85]), far: planted([52, 85]) }),
    props: [{ kind: 'wall', x: 37 }],
  },
  'lateral-step-up': {
    start: standing(48, { near: planted([66, 75]), far: planted([48, 85]) }),
    end: standing(66, { hip: [66, 36], near: planted([66, 75]), far: [-8, 20, 90] }),
    props: [{ kind: 'step', x: 58, width: 36, height: 10 }],
  },
  // A hold: the knees press out against the belt, which a side view cannot show moving.
  'glute-press-isometric': {
    start: supine(58, { near: KNEES_BENT(58), far: KNEES_BENT(58) }),
    end: supine(58, { near: KNEES_BENT(58), far: KNEES_BENT(58) }),
    attach: ['band-knees'],
  },
  clamshell: {
    start: lying(62, { near: SIDE_BENT, far: SIDE_BENT }),
    end: lying(62, { near: [130, 240, 270], far: SIDE_BENT }),
  },
  'clamshell-band': {
    start: lying(62, { near: SIDE_BENT, far: SIDE_BENT }),
    end: lying(62, { near: [130, 240, 270], far: SIDE_BENT }),
    attach: ['band-knees'],
  },
  'side-lying-leg-raise': {
    start: lying(60, { near: [91, 90, 90], far: SIDE_BENT }),
    end: lying(60, { near: [118, 118, 120], far: SIDE_BENT }),
  },
  'prone-leg-raise': {
    start: lying(56, { near: [90, 90, 0], far: [90, 90, 0] }),
    end: lying(56, { near: [105, 105, 15], far: [90, 90, 0] }),
  },
  bridge: {
    start: supine(56, { near: KNEES_BENT(56), far: KNEES_BENT(56) }),
    end: { hip: [58, 65], trunk: 300, near: planted([83, 85], 'up'), far: planted([83, 85], 'up'), arm: [88, 90] },
  },
  'bridge-ball': {
    start: supine(54, { near: planted([86, 70], 'up', 150), far: planted([86, 70], 'up', 150) }),
    end: { hip: [58, 64], trunk: 302, near: planted([86, 70], 'up', 150), far: planted([86, 70], 'up', 150), arm: [88, 90] },
    props: [{ kind: 'ball', x: 92, y: 78, r: 8 }],
  },
  'donkey-kick': {
    start: allFours(),
    end: allFours({ near: [100, 180, 90] }),
  },
  'fire-hydrant': {
    start: allFours(),
    end: allFours({ near: [55, 105, 90] }),
  },
  'standing-band-hip': {
    start: standing(50, { arm: HOLDING }),
    end: standing(50, { arm: HOLDING, near: [-22, -22, 90] }),
    props: [SUPPORT],
    attach: ['band-ankles'],
  },
  'lateral-wall-push': {
    start: standing(48, { near: [120, 0, 90] }),
    end: standing(48, { near: [128, 8, 90], trunk: 175 }),
    props: [{ kind: 'wall', x: 80 }],
  },
  'single-leg-stance': {
    start: standing(50, { arm: HOLDING }),
    end: standing(50, { arm: ARM_DOWN, near: [30, -50, 90] }),
    props: [SUPPORT],
  },
  't-stance': {
    start: standing(50, { near: [-5, 5, 90], far: [5, -5, 90], arm: [90, 90] }),
    end: { hip: [50, 45], trunk: 95, near: [-5, 5, 90], far: [270, 270, 0], arm: [90, 90], farArm: [20, 20] },
  },
  'wobble-board': {
    start: standing(50, { hip: [50, 40], near: planted([53, 79]), far: planted([53, 79]), arm: HOLDING }),
    end: standing(50, { hip: [51, 41], near: planted([57, 78]), far: planted([49, 80]), arm: HOLDING }),
    props: [{ kind: 'step', x: 36, width: 30, height: 6 }, SUPPORT],
  },
  'calf-raise': {
    start: standing(50, { arm: HOLDING }),
    end: standing(50, { hip: [50, 40], near: [0, 0, 30], far: [0, 0, 30], arm: HOLDING }),
    props: [SUPPORT],
  },
  'forward-step-up': {
    start: standing(40, { near: planted([62, 75]), far: planted([40, 85]) }),
    end: standing(64, { hip: [64, 36], near: planted([64, 75]), far: [-5, 25, 90] }),
    props: [{ kind: 'step', x: 56, width: 36, height: 10 }],
  },
  'double-leg-hop': {
    start: standing(50, { hip: [50, 52], near: planted([54, 85]), far: planted([54, 85]), arm: [-30, 30] }),
    end: standing(50, { hip: [50, 36], near: [0, 0, 40], far: [0, 0, 40], arm: [120, 110] }),
  },
  'single-leg-hop': {
    start: standing(50, { hip: [50, 50], near: planted([53, 85]), far: [-30, 60, 90], arm: [-20, 20] }),
    end: standing(50, { hip: [50, 37], near: [0, 0, 40], far: [-30, 60, 90], arm: [30, 100] }),
    props: [{ kind: 'wall', x: 24 }],
  },
  'diagonal-hops': {
    start: standing(42, { hip: [42, 50], near: planted([45, 85]), far: [-30, 60, 90], arm: [-20, 20] }),
    end: standing(70, { hip: [70, 50], near: planted([73, 85]), far: [-30, 60, 90], arm: [-20, 20] }),
    props: [{ kind: 'line', x: 58 }],
  },
  'standing-quad-stretch': {
    start: standing(50, { arm: HOLDING, farArm: ARM_DOWN }),
    end: standing(50, { near: [-10, 190, 180], arm: HOLDING, farArm: { to: [44, 43], bend: 'back' } }),
    props: [SUPPORT],
  },
  'prone-quad-stretch': {
    start: lying(54, { near: [90, 90, 0], far: [90, 90, 0], farArm: [100, 90] }),
    end: lying(54, { near: [90, 200, 270], far: [90, 90, 0], farArm: [100, 90] }),
    attach: ['strap'],
  },
  'hip-flexor-stretch': {
    start: standing(52, { hip: [52, 50], near: planted([70, 85]), far: onToes(32), arm: [10, 10] }),
    end: standing(50, { hip: [50, 56], near: planted([70, 85]), far: onToes(28), arm: [10, 10] }),
  },
  'wall-calf-stretch': {
    start: standing(54, { hip: [54, 50], trunk: 165, near: planted([38, 85]), far: planted([64, 85]), arm: { to: [84, 22], bend: 'down' } }),
    end: standing(58, { hip: [58, 50], trunk: 155, near: planted([40, 85]), far: planted([68, 85]), arm: { to: [84, 22], bend: 'down' } }),
    props: [{ kind: 'wall', x: 86 }],
  },
  'lying-hamstring-stretch': {
    start: supine(50, { near: [135, 120, 210], far: KNEES_BENT(50), arm: [150, 150] }),
    end: supine(50, { near: [165, 165, 255], far: KNEES_BENT(50), arm: [155, 160] }),
    attach: ['strap'],
  },
  'it-band-lean': {
    start: standing(50, { near: planted([46, 85]), far: planted([58, 85]), arm: { to: [72, 30], bend: 'down' } }),
    end: standing(55, { hip: [55, 46], trunk: 190, near: planted([48, 85]), far: planted([58, 85]), arm: { to: [72, 30], bend: 'down' } }),
    props: [{ kind: 'wall', x: 74 }],
  },
  // The crossed leg's ankle rests on the other knee (68.9, 65.7 → 61.2, 61.7 as it is drawn in).
  'figure-four-stretch': {
    start: supine(56, { near: { to: [69, 63], bend: 'up', end: 90 }, far: [140, 40, 90] }),
    end: supine(56, { near: { to: [61, 59], bend: 'up', end: 90 }, far: [165, 95, 90], arm: [120, 110] }),
  },
  // Hands on a low step either side of the front foot.
  'running-lunge-stretch': {
    start: { hip: [50, 60], trunk: 100, near: planted([70, 85]), far: onToes(22), arm: { to: [82, 77], bend: 'back' } },
    end: { hip: [47, 65], trunk: 100, near: planted([70, 85]), far: onToes(20), arm: { to: [82, 77], bend: 'back' } },
    props: [{ kind: 'step', x: 74, width: 20, height: 8 }],
  },
  // Head to the left, on the forearms: from lying propped up to a straight line on the toes.
  plank: {
    start: { hip: [60, 80], trunk: 250, near: [90, 90, 0], far: [90, 90, 0], arm: [0, 270] },
    end: { hip: [62, 72], trunk: 268, near: [78, 78, 20], far: [78, 78, 20], arm: [0, 270] },
  },
  'forward-lunge': {
    start: standing(50, { hip: [50, 47], near: planted([62, 85]), far: onToes(38), arm: [10, 10] }),
    end: standing(48, { hip: [48, 60], near: planted([70, 85]), far: onToes(26), arm: [10, 10] }),
  },
  // Propped on the forearms over a roller under the thigh, which the body rolls along.
  'foam-roll': {
    start: { hip: [58, 74], trunk: 258, near: [95, 95, 0], far: [95, 95, 0], arm: [0, 270] },
    end: { hip: [46, 74], trunk: 258, near: [95, 95, 0], far: [95, 95, 0], arm: [0, 270] },
    props: [{ kind: 'ball', x: 70, y: 80, r: 5 }],
  },
};

/** The points a prop reaches, for framing the drawing (a wall only counts where it stands). */
export function propExtent(prop: Prop): Point[] {
  switch (prop.kind) {
    case 'wall':
    case 'line':
      return [[prop.x, FLOOR_Y]];
    case 'step':
      return [
        [prop.x, FLOOR_Y - prop.height],
        [prop.x + prop.width, FLOOR_Y],
      ];
    case 'ball':
      return [
        [prop.x - prop.r, prop.y - prop.r],
        [prop.x + prop.r, prop.y + prop.r],
      ];
    case 'support':
      return [
        [prop.x, SUPPORT_TOP],
        [prop.x + 14, SUPPORT_TOP],
      ];
  }
}
