/**
 * The app's views and their deep links: `#/today`, `#/run`, `#/exercises` (with optional
 * `?level=2&area=hip`), `#/exercise/quad-set`, `#/history`, `#/settings`, `#/clinician` (a
 * clinician makes a plan) and `#/rx/<code>` (a plan to review; the code stays in the
 * fragment, which never reaches a server). Pure, so links can be tested without a page.
 */
export const MAIN_VIEWS = ['today', 'run', 'exercises', 'history'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export type Route =
  { view: MainView | 'settings' | 'clinician'; level?: number; area?: string } | { view: 'exercise'; id: string } | { view: 'rx'; code: string };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', second] = path.split('/');
  if (first === 'exercise' && second && ID.test(second)) return { view: 'exercise', id: second };
  // A plan's code may hold '/' (base41): everything after `rx/` is the code, checked where it is opened.
  if (first.toLowerCase() === 'rx') return { view: 'rx', code: path.slice(3) };
  if (first === 'exercises') {
    const params = new URLSearchParams(query);
    const level = Number(params.get('level'));
    const area = params.get('area') ?? '';
    return {
      view: 'exercises',
      ...(level >= 1 && level <= 4 && Number.isInteger(level) ? { level } : {}),
      ...(ID.test(area) ? { area } : {}),
    };
  }
  if ((MAIN_VIEWS as readonly string[]).includes(first) || first === 'settings' || first === 'clinician')
    return { view: first as MainView | 'settings' | 'clinician' };
  return { view: 'today' };
}

export function routeHash(route: Route): string {
  if (route.view === 'exercise') return `#/exercise/${route.id}`;
  if (route.view === 'rx') return `#/rx/${route.code}`;
  const params = new URLSearchParams();
  if ('level' in route && route.level) params.set('level', String(route.level));
  if ('area' in route && route.area) params.set('area', route.area);
  const query = params.toString();
  return `#/${route.view}${query ? `?${query}` : ''}`;
}

/** Every view a watch moves through with a swipe, the crown or the arrow keys, in order. */
export const WATCH_CYCLE = [...MAIN_VIEWS, 'settings'] as const;
export type CycleView = (typeof WATCH_CYCLE)[number];

/** The view before or after `view` on a watch (Settings included), wrapping around. */
export function neighbourView(view: Route['view'], step: 1 | -1): CycleView {
  const index = (WATCH_CYCLE as readonly string[]).indexOf(view === 'exercise' ? 'exercises' : view === 'rx' || view === 'clinician' ? 'settings' : view);
  const from = index === -1 ? 0 : index;
  return WATCH_CYCLE[(from + step + WATCH_CYCLE.length) % WATCH_CYCLE.length]!;
}
