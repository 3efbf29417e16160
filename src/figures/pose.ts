/**
 * The exercise figures' body: a side-view stick figure placed from a few angles, so every
 * drawing has the same proportions and style, and a start and an end pose have the same
 * parts to animate between. DOM-free: it turns a pose into points and SVG path data.
 *
 * Angles are directions in degrees on the drawing: 0 straight down, 90 forward (to the
 * right, where the figure faces), 180 straight up, 270 backward.
 */

export type Point = readonly [x: number, y: number];

/** A leg or arm: two segment directions and, for a leg, the foot's. */
export type LimbAngles = readonly [upper: number, lower: number, end?: number];
/**
 * A limb that reaches a point (a foot planted, a hand on a wall): the joint between bends
 * to the front or the back. `end` is the foot's direction.
 */
export interface LimbReach {
  to: Point;
  bend: 'front' | 'back' | 'up' | 'down';
  end?: number;
}
export type Limb = LimbAngles | LimbReach;

export interface Pose {
  hip: Point;
  /** From the hip to the shoulders: 180 upright, 270 lying on the back with the head behind. */
  trunk: number;
  /** The leg the exercise works (drawn in front, full colour). */
  near: Limb;
  far: Limb;
  arm: Limb;
  farArm?: Limb;
}

/** Segment lengths in drawing units (floor at y = 86; a standing figure's head at y = 11). */
export const BODY = { trunk: 26, neck: 8, head: 5, thigh: 20, shin: 20, foot: 6, upperArm: 13, forearm: 13 } as const;
export const FLOOR_Y = 86;
/** The stage figures are posed on (each drawing is then framed to its own poses: frameAround). */
export const STAGE = '0 -6 120 96';

export interface Joints {
  head: Point;
  shoulder: Point;
  hip: Point;
  near: readonly [Point, Point, Point];
  far: readonly [Point, Point, Point];
  arm: readonly [Point, Point];
  farArm: readonly [Point, Point];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function toward(from: Point, angle: number, length: number): Point {
  const radians = (angle * Math.PI) / 180;
  return [round(from[0] + Math.sin(radians) * length), round(from[1] + Math.cos(radians) * length)];
}

/** The middle joint of a two-segment limb from `root` reaching `to` (as near as the lengths allow). */
function reach(root: Point, limb: LimbReach, a: number, b: number): [Point, Point] {
  const dx = limb.to[0] - root[0];
  const dy = limb.to[1] - root[1];
  const d = Math.min(Math.hypot(dx, dy), a + b - 1e-6);
  const direction = Math.atan2(dy, dx);
  // Law of cosines: the angle at the root between the line to the target and the upper segment.
  const atRoot = Math.acos(Math.max(-1, Math.min(1, (a * a + d * d - b * b) / (2 * a * d))));
  // The two ways the joint can bend; "front" is to the right, where the figure faces.
  const candidates = [direction + atRoot, direction - atRoot].map((t): Point => [round(root[0] + Math.cos(t) * a), round(root[1] + Math.sin(t) * a)]);
  const [first, second] = candidates as [Point, Point];
  const key = { front: (p: Point) => p[0], back: (p: Point) => -p[0], up: (p: Point) => -p[1], down: (p: Point) => p[1] }[limb.bend];
  const joint = key(first) >= key(second) ? first : second;
  const end: Point = [round(root[0] + Math.cos(direction) * d), round(root[1] + Math.sin(direction) * d)];
  return [joint, end];
}

function placeLimb(root: Point, limb: Limb, a: number, b: number): [Point, Point, number | undefined] {
  if ('to' in limb) {
    const [joint, end] = reach(root, limb, a, b);
    return [joint, end, limb.end];
  }
  const joint = toward(root, limb[0], a);
  return [joint, toward(joint, limb[1], b), limb[2]];
}

function leg(hip: Point, limb: Limb): [Point, Point, Point] {
  const [knee, ankle, foot] = placeLimb(hip, limb, BODY.thigh, BODY.shin);
  return [knee, ankle, toward(ankle, foot ?? 90, BODY.foot)];
}

export function joints(pose: Pose): Joints {
  const shoulder = toward(pose.hip, pose.trunk, BODY.trunk);
  const head = toward(shoulder, pose.trunk, BODY.neck);
  const [elbow, hand] = placeLimb(shoulder, pose.arm, BODY.upperArm, BODY.forearm);
  const [farElbow, farHand] = placeLimb(shoulder, pose.farArm ?? pose.arm, BODY.upperArm, BODY.forearm);
  return {
    head,
    shoulder,
    hip: pose.hip,
    near: leg(pose.hip, pose.near),
    far: leg(pose.hip, pose.far),
    arm: [elbow, hand],
    farArm: [farElbow, farHand],
  };
}

const path = (points: readonly Point[]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ');

/** Path data per drawn part; the same commands for every pose, so SVG can animate between two. */
export interface FigurePaths {
  head: Point;
  body: string;
  near: string;
  far: string;
  arm: string;
  farArm: string;
}

export function figurePaths(pose: Pose): FigurePaths {
  const j = joints(pose);
  return {
    head: j.head,
    body: path([j.hip, j.shoulder]),
    near: path([j.hip, ...j.near]),
    far: path([j.hip, ...j.far]),
    arm: path([j.shoulder, ...j.arm]),
    farArm: path([j.shoulder, ...j.farArm]),
  };
}

/** Every joint of a pose, the head first. */
export function allJoints(pose: Pose): Point[] {
  const j = joints(pose);
  return [j.head, j.shoulder, j.hip, ...j.near, ...j.far, ...j.arm, ...j.farArm];
}

export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The drawing's frame: every joint of both poses (and the head's size) plus `extra` points
 * (the things the exercise uses), with a margin, so a lying figure is not drawn in a tall,
 * mostly empty box.
 */
export function frameAround(poses: readonly Pose[], extra: readonly Point[] = [], margin = 6): Frame {
  const posed = poses.map(allJoints);
  const heads = posed.map((points) => points[0]!);
  const points = [...posed.flat(), ...extra];
  const xs = [...points.map((p) => p[0]), ...heads.flatMap(([x]) => [x - BODY.head, x + BODY.head])];
  const ys = [...points.map((p) => p[1]), ...heads.map(([, y]) => y - BODY.head), FLOOR_Y + 2];
  const left = Math.min(...xs) - margin;
  const top = Math.min(...ys) - margin;
  return { left: round(left), top: round(top), width: round(Math.max(...xs) + margin - left), height: round(Math.max(...ys) + margin / 2 - top) };
}
