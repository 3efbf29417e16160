// The exercise drawings: one for every exercise, each pose one the body can take (every
// planted foot or hand really reaches its spot, nothing below the floor or off the drawing),
// and a start and an end that differ — and the card shows it moving, or still with reduced motion.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { EXERCISES } from '../../content/exercises.js';
import { FIGURES } from '../../content/figures.js';
import { BODY, FLOOR_Y, STAGE, allJoints, figurePaths, joints, type Limb, type Point, type Pose } from '../../src/figures/pose.js';
import '../../components/knee-exercise/knee-exercise.js';
import type { KneeExercise } from '../../components/knee-exercise/knee-exercise.js';

const STILL = ['glute-press-isometric'];
const [minX, minY, width, height] = STAGE.split(' ').map(Number) as [number, number, number, number];
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Where a limb given as a point to reach ended up, beside that point. */
function reached(pose: Pose): [Limb, Point][] {
  const j = joints(pose);
  const pairs: [Limb | undefined, Point][] = [
    [pose.near, j.near[1]],
    [pose.far, j.far[1]],
    [pose.arm, j.arm[1]],
    [pose.farArm, j.farArm[1]],
  ];
  return pairs.filter((pair): pair is [Limb, Point] => pair[0] !== undefined && 'to' in pair[0]);
}

describe('exercise figures', () => {
  it('the body keeps its proportions in any pose', () => {
    const j = joints({ hip: [50, 45], trunk: 180, near: [30, -40, 90], far: { to: [52, 85], bend: 'front' }, arm: [10, 20] });
    expect(distance(j.hip, j.shoulder)).to.be.closeTo(BODY.trunk, 0.2);
    expect(distance(j.hip, j.near[0])).to.be.closeTo(BODY.thigh, 0.2);
    expect(distance(j.near[0], j.near[1])).to.be.closeTo(BODY.shin, 0.2);
    expect(distance(j.hip, j.far[0])).to.be.closeTo(BODY.thigh, 0.2);
    expect(distance(j.far[0], j.far[1])).to.be.closeTo(BODY.shin, 0.2);
    // A standing knee bends forward (to the right, where the figure faces).
    expect(j.far[0][0]).to.be.greaterThan(50);
  });

  for (const e of EXERCISES) {
    it(`${e.id}: a drawing whose poses the body can take`, () => {
      const figure = FIGURES[e.id];
      expect(figure, 'no drawing').to.not.equal(undefined);
      for (const [name, pose] of [
        ['start', figure!.start],
        ['end', figure!.end],
      ] as const) {
        for (const [limb, end] of reached(pose)) {
          const target = (limb as { to: Point }).to;
          expect(distance(end, target), `${name}: a limb does not reach ${target.join(',')}`).to.be.below(1);
        }
        for (const [x, y] of allJoints(pose)) {
          expect(y, `${name}: ${x},${y} below the floor`).to.be.at.most(FLOOR_Y + 1);
          expect(x >= minX + 2 && x <= minX + width - 2 && y >= minY + 5 && y <= minY + height, `${name}: ${x},${y} off the drawing`).to.equal(true);
        }
      }
      // Only a hold whose effort a side view cannot show may keep one pose.
      if (!STILL.includes(e.id)) expect(figurePaths(figure!.start), 'start and end are the same').to.not.deep.equal(figurePaths(figure!.end));
    });
  }

  it('moves on the card, and stands still with the end over a faint start when motion is reduced', async () => {
    const el = await fixture<KneeExercise>(html`<knee-exercise exercise="bridge" style="width: 400px"></knee-exercise>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg[part="figure"]'), 'no figure', { timeout: 10000 });
    const figure = () => el.shadowRoot!.querySelector('svg[part="figure"]')!;
    expect(figure().getAttribute('role')).to.equal('img');
    expect(figure().getAttribute('aria-label')).to.equal('Bridge: the start and end position');
    expect(figure().querySelectorAll('animate').length).to.be.greaterThan(0);
    expect(figure().querySelector('.ghost')).to.equal(null);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => figure().querySelector('.ghost'), 'reduced motion did not stop the figure');
      expect(figure().querySelectorAll('animate')).to.have.length(0);
      // The drawn body (outside the ghost) is the end pose.
      const body = [...figure().querySelectorAll(':scope > path.limb')].map((p) => p.getAttribute('d'));
      expect(body).to.include(figurePaths(FIGURES['bridge']!.end).body);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
