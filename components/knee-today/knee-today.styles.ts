import { css } from 'lit';

export const todayStyles = css`
  /* Headings and lines given focus when they appear (not controls): no ring. */
  [data-focus]:focus {
    outline: none;
  }
  h2 {
    font-size: 20px;
    margin: 0 0 4px;
  }
  h3 {
    font-size: 17px;
    margin: 4px 0;
  }
  p {
    margin: 6px 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 14px;
  }
  .from-physio {
    font-size: 14px;
    padding: 4px 8px;
    border-left: 4px solid var(--_accent);
  }
  .prompt {
    display: flex;
    flex-direction: column;
    gap: 8px;
    margin: 12px 0;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .choices > button {
    flex: 1;
  }
  [part='safety'] {
    border: 2px solid var(--_warning);
    border-radius: 12px;
    padding: 8px 12px;
    margin: 8px 0;
  }
  [part='safety'] .see {
    color: var(--_warning);
    font-weight: 800;
  }
  ol.warm-up {
    margin: 4px 0;
    padding-inline-start: 20px;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 8px 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 48px;
    border-bottom: 1px solid var(--_button-bg);
  }
  ol.warm-up li,
  ul.plain li {
    display: list-item;
    min-height: 0;
    border: 0;
    margin: 4px 0;
  }
  ul.plain {
    list-style: disc;
    padding-inline-start: 20px;
  }
  .tick.partial {
    color: var(--_muted);
  }
  .tick {
    width: 24px;
    text-align: center;
    font-weight: 800;
    color: var(--_accent);
  }
  .what {
    flex: 1;
  }
  .what small {
    display: block;
    color: var(--_muted);
  }
  details {
    margin: 8px 0;
  }
  summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 700;
    list-style: none;
  }
  summary::before {
    content: '▸' / '';
    width: 1.2em;
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  knee-exercise {
    margin: 12px 0;
  }
  /* A watch: the level, today's one next step as the one primary action, the rest on a phone. */
  @container (max-width: 299px) {
    .count {
      display: block;
    }
    h2 {
      font-size: 15px;
      text-align: center;
    }
    h3 {
      font-size: 15px;
    }
    p {
      font-size: 14px;
      margin: 4px 0;
    }
    .prompt {
      gap: 4px;
      margin: 6px 0;
    }
    .next-start {
      display: block;
      width: 100%;
      margin: 6px 0;
    }
    [part='routine'] {
      display: none;
    }
    .finish {
      background: var(--_button-bg);
      color: var(--_fg);
      width: 100%;
    }
  }
`;
