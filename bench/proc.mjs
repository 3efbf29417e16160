// Reading Linux /proc for the cost bench: a process's (or thread's) stat line, parsed.
import { readFile } from 'node:fs/promises';

/**
 * The fields of `/proc/<pid>[/task/<tid>]/stat` that the bench uses, or null when the process
 * is gone: its name, parent and CPU seconds so far (user + system).
 */
export async function readStat(path) {
  let stat;
  try {
    stat = await readFile(path, 'utf8');
  } catch {
    return null; // ended while we looked
  }
  // The name is in parentheses and may hold spaces: the fields after it are split from the last ')'.
  const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 4 (ppid), 14 and 15 (utime, stime in USER_HZ ticks, 100 a second on Linux).
  return { name, ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}
