/** `atMost`: a target is reached when the indicator is ≤ the level; `atLeast`: when it is ≥ the level. */
export type Direction = 'atMost' | 'atLeast';

/** Whether a value reaches a level; equality reaches in both directions. */
export function reaches(value: number, direction: Direction, level: number): boolean {
  return direction === 'atMost' ? value <= level : value >= level;
}
