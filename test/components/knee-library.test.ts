import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-library/knee-library.js';
import type { KneeLibrary } from '../../components/knee-library/knee-library.js';
import { filterExercises } from '../../src/program/library-filter.js';
import { EXERCISES } from '../../content/exercises.js';
import { nextEvent } from '../helpers/events.js';

const root = (el: KneeLibrary) => el.shadowRoot!;
const names = (el: KneeLibrary) => [...root(el).querySelectorAll('.name')].map((n) => n.textContent!.trim());

async function library(template: ReturnType<typeof html>) {
  const el = await fixture<KneeLibrary>(template);
  await waitUntil(() => root(el).querySelectorAll('li').length > 0, 'the list did not load', { timeout: 10000 });
  return el;
}

describe('filterExercises', () => {
  it('keeps the daily stretches in every level and matches a body area', () => {
    const level2 = filterExercises(EXERCISES, { level: 2 });
    expect(level2.every((e) => e.level === 2 || e.level === 'daily')).to.equal(true);
    expect(level2.some((e) => e.level === 'daily')).to.equal(true);
    const hip = filterExercises(EXERCISES, { area: 'hip' });
    expect(hip.length).to.be.greaterThan(0);
    expect(hip.every((e) => e.areas.includes('hip'))).to.equal(true);
    expect(filterExercises(EXERCISES, {})).to.have.length(EXERCISES.length);
  });
});

describe('<knee-library>', function () {
  this.timeout(30000);

  it('lists every exercise with its dosage, each linking to it', async () => {
    const el = await library(html`<knee-library exercise-href="/exercises/{id}.html"></knee-library>`);
    expect(names(el)).to.have.length(EXERCISES.length);
    const quad = [...root(el).querySelectorAll('a')].find((a) => a.textContent!.includes('Quad set'))!;
    expect(quad.getAttribute('href')).to.equal('/exercises/quad-set.html');
    expect(quad.querySelector('small')!.textContent).to.match(/level 1/);
  });

  it('filters by the level and area it is given; bad values mean all', async () => {
    const el = await library(html`<knee-library level="1" area="hip"></knee-library>`);
    expect(names(el)).to.include('Isometric glute press');
    expect(names(el)).to.not.include('Quad set');
    el.setAttribute('level', '9');
    el.setAttribute('area', 'elbow');
    await el.updateComplete;
    expect(el.level).to.equal(undefined);
    expect(names(el)).to.have.length(EXERCISES.length);
  });

  it('applies a filter the user picks and says so with knee-library-filter', async () => {
    const el = await library(html`<knee-library></knee-library>`);
    const [level, area] = root(el).querySelectorAll('select');
    const fired = nextEvent(el, 'knee-library-filter');
    area!.value = 'calves';
    area!.dispatchEvent(new Event('change'));
    const event = await fired;
    expect([event.level, event.area]).to.deep.equal([undefined, 'calves']);
    await el.updateComplete;
    expect(el.area).to.equal('calves');
    expect(names(el).length).to.equal(filterExercises(EXERCISES, { area: 'calves' }).length);
    let count = 0;
    el.addEventListener('knee-library-filter', () => count++);
    el.level = 3; // by script: no event
    await el.updateComplete;
    expect(count).to.equal(0);
    expect(level!.value).to.equal('3');
  });

  it('folds its filters behind a Filter button when watch-sized, not when phone-sized', async () => {
    const watch = await library(html`<knee-library style="width: 140px"></knee-library>`);
    const toggle = root(watch).querySelector<HTMLButtonElement>('[part="filter-toggle"]')!;
    const filters = root(watch).querySelector('[part="filters"]')!;
    expect(toggle.checkVisibility()).to.equal(true);
    expect(filters.checkVisibility()).to.equal(false);
    toggle.click();
    await watch.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(filters.checkVisibility()).to.equal(true);

    const phone = await library(html`<knee-library style="width: 390px"></knee-library>`);
    expect(root(phone).querySelector<HTMLElement>('[part="filter-toggle"]')!.checkVisibility()).to.equal(false);
    expect(root(phone).querySelector('[part="filters"]')!.checkVisibility()).to.equal(true);
  });
});
