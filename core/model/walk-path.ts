/**
 * Where a walk over a parsed pack is, as a chain of steps from the root: the
 * walks that repair a pack on load keep only this chain while they go, and
 * spell out the path (items[1].title) only for what they report.
 */
import { issuePath } from './validate';

export interface WalkStep {
  parent: WalkStep | undefined;
  key: PropertyKey | undefined;
}

/** The field path of `key` inside the container `at` stands for. */
export function walkPath(at: WalkStep, key: PropertyKey): string {
  const keys: PropertyKey[] = [key];
  for (let node: WalkStep | undefined = at; node?.key !== undefined; node = node.parent) keys.unshift(node.key);
  return issuePath(keys);
}
