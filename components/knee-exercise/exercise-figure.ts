import { svg, nothing, type SVGTemplateResult } from 'lit';
import { SUPPORT_TOP, propExtent, type Attachment, type ExerciseFigure, type Prop } from '../../content/figures.js';
import { FLOOR_Y, figurePaths, frameAround, joints, type Point, type Pose } from '../../src/figures/pose.js';

/**
 * One exercise's drawing: the figure moving from its start to its end pose and back, holding
 * a moment at each (SVG animation: no script runs per frame). With reduced motion, the end
 * pose drawn over a faint start pose, still.
 */

/** Seconds for one start → end → start cycle. */
const CYCLE_S = 4;
// Hold at the start, move, hold at the end, move back.
const KEY_TIMES = '0;0.15;0.45;0.65;0.95;1';
const at = (start: string, end: string) => [start, start, end, end, start, start].join(';');

function animateAttr(name: string, start: string, end: string) {
  return start === end
    ? nothing
    : svg`<animate attributeName=${name} dur=${`${CYCLE_S}s`} repeatCount="indefinite" keyTimes=${KEY_TIMES} values=${at(start, end)}></animate>`;
}

/** A path moving from `start` to `end` and back; still at `end` when not animated. */
function line(className: string, start: string, end: string, animate: boolean) {
  return svg`<path class=${className} d=${animate ? start : end}>${animate ? animateAttr('d', start, end) : nothing}</path>`;
}

function attachmentPath(kind: Exclude<Attachment, 'weight'>, pose: Pose): string {
  const j = joints(pose);
  const points: [Point, Point] = kind === 'band-knees' ? [j.near[0], j.far[0]] : kind === 'band-ankles' ? [j.near[1], j.far[1]] : [j.arm[1], j.near[1]];
  return `M${points[0][0]} ${points[0][1]} L${points[1][0]} ${points[1][1]}`;
}

function renderProp(prop: Prop) {
  switch (prop.kind) {
    case 'wall':
      return svg`<path class="prop" d=${`M${prop.x} -20 L${prop.x} ${FLOOR_Y}`}></path>`;
    case 'step':
      return svg`<rect class="prop fill" x=${prop.x} y=${FLOOR_Y - prop.height} width=${prop.width} height=${prop.height} rx="1.5"></rect>`;
    case 'ball':
      return svg`<circle class="prop fill" cx=${prop.x} cy=${prop.y} r=${prop.r}></circle>`;
    case 'support':
      return svg`<path class="prop" d=${`M${prop.x} ${FLOOR_Y} L${prop.x} ${SUPPORT_TOP} L${prop.x + 14} ${SUPPORT_TOP}`}></path>`;
    case 'line':
      return svg`<path class="prop dashed" d=${`M${prop.x} ${FLOOR_Y - 3} L${prop.x} ${FLOOR_Y + 3}`}></path>`;
  }
}

/**
 * The figure, animated or (reduced motion) still. `label` names it for screen readers, who
 * get the steps in words beside it.
 */
export function exerciseFigure(figure: ExerciseFigure, label: string, animate: boolean): SVGTemplateResult {
  const start = figurePaths(figure.start);
  const end = figurePaths(figure.end);
  const parts = ['far', 'farArm', 'body', 'near', 'arm'] as const;
  const moving = (part: (typeof parts)[number]) => line(part === 'far' || part === 'farArm' ? 'limb far' : 'limb', start[part], end[part], animate);
  const ghost = animate
    ? nothing
    : svg`<g class="ghost">
      ${parts.map((part) => line('limb', start[part], start[part], false))}
      <circle class="head" cx=${start.head[0]} cy=${start.head[1]} r="5"></circle>
    </g>`;
  const head = animate ? start.head : end.head;
  const attachments = (figure.attach ?? []).map((kind) => {
    if (kind === 'weight') {
      const [sx, sy] = joints(figure.start).near[1];
      const [ex, ey] = joints(figure.end).near[1];
      return svg`<circle class="weight" cx=${animate ? sx : ex} cy=${animate ? sy : ey} r="3">
        ${animate ? animateAttr('cx', String(sx), String(ex)) : nothing}${animate ? animateAttr('cy', String(sy), String(ey)) : nothing}
      </circle>`;
    }
    return line('band', attachmentPath(kind, figure.start), attachmentPath(kind, figure.end), animate);
  });
  const { left, top, width, height } = frameAround([figure.start, figure.end], (figure.props ?? []).flatMap(propExtent));
  return svg`<svg part="figure" class="figure" viewBox=${`${left} ${top} ${width} ${height}`} role="img" aria-label=${label}>
    <path class="floor" d=${`M${left} ${FLOOR_Y + 1.5} L${left + width} ${FLOOR_Y + 1.5}`}></path>
    ${(figure.props ?? []).map(renderProp)}
    ${ghost}
    ${parts.map(moving)}
    <circle class="head" cx=${head[0]} cy=${head[1]} r="5">
      ${animate ? animateAttr('cx', String(start.head[0]), String(end.head[0])) : nothing}${animate ? animateAttr('cy', String(start.head[1]), String(end.head[1])) : nothing}
    </circle>
    ${attachments}
  </svg>`;
}
