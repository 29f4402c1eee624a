import type { core } from 'zod/mini';
import { timeSchema } from '../feed/schema.js';
import { parseIsoTime } from './time.js';

export interface ImpossibleTime {
  /** Where, e.g. `incidents[0].started_at`. */
  path: string;
  value: string;
  /** Why, e.g. `is not a date (2027-02 has 28 days)`. */
  problem: string;
}

/**
 * The time fields of a document that the schema's pattern accepts but no calendar has
 * (`2027-02-30`, `T24:00`, an offset of +15:00), found by walking the schema beside the document,
 * so that a time field added to the schema is checked without a list to keep up to date. The
 * schema refuses these values too; this walk is what gives the operator the calendar's reason and
 * the path.
 */
export function findImpossibleTimes(schema: core.$ZodType, value: unknown, path = ''): ImpossibleTime[] {
  if (schema === timeSchema) {
    const reading = typeof value === 'string' ? parseIsoTime(value) : undefined;
    return reading && 'problem' in reading ? [{ path, value: value as string, problem: reading.problem }] : [];
  }
  const def = (schema as core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return findImpossibleTimes(def.innerType, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, index) => findImpossibleTimes(def.element, item, `${path}[${index}]`)) : [];
    case 'object':
      return isRecord(value)
        ? Object.entries(def.shape).flatMap(([key, field]) => findImpossibleTimes(field, value[key], path ? `${path}.${key}` : key))
        : [];
    default:
      return [];
  }
}

/** `incidents[0].started_at: 2027-02-30T10:00Z is not a date (2027-02 has 28 days)` */
export function describeImpossibleTime({ path, value, problem }: ImpossibleTime): string {
  return `${path}: ${value} ${problem}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
