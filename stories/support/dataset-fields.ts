// The canonical dataset's tables and fields, read from the zod row schemas the parser checks
// with (src/schema/tables.ts), for the vendors' guide: the page cannot drift from the schema.
import type { ReactElement } from 'react';
import { createElement as h, Fragment } from 'react';
import { count, id, instant, label, money, nonNegativeMoney } from '../../src/schema/fields.js';
import { rowSchemas, type RowTableName } from '../../src/schema/tables.js';

/** What a zod/mini schema exposes about itself (`schema._zod.def`). */
interface SchemaDef {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  element?: Schema;
}
interface Schema {
  _zod: { def: SchemaDef };
}

/** The shared field schemas, by identity: the words for what each field holds. */
const SHARED: [unknown, string][] = [
  [id, 'id (text)'],
  [label, 'text'],
  [instant, 'time'],
  [nonNegativeMoney, 'money ≥ 0'],
  [money, 'money'],
  [count, 'whole number ≥ 0'],
];

function typeOf(schema: Schema): string {
  const shared = SHARED.find(([s]) => s === schema);
  if (shared) return shared[1];
  const def = schema._zod.def;
  switch (def.type) {
    case 'enum':
      return Object.values(def.entries ?? {}).map((v) => `"${v}"`).join(' | ');
    case 'array':
      return def.element?._zod.def.type === 'object' ? `list of { ${fieldsOf(def.element).map((f) => f.name).join(', ')} }` : 'list';
    case 'boolean':
      return 'true / false';
    case 'number':
      return 'number';
    case 'int':
      return 'whole number';
    case 'string':
      return 'text';
    default:
      return def.type;
  }
}

export interface DatasetField {
  name: string;
  optional: boolean;
  type: string;
}

function fieldsOf(schema: Schema): DatasetField[] {
  return Object.entries(schema._zod.def.shape ?? {}).map(([name, field]) => {
    const optional = field._zod.def.type === 'optional';
    const inner = optional && field._zod.def.innerType ? field._zod.def.innerType : field;
    return { name, optional, type: typeOf(inner) };
  });
}

/** Every table that holds rows, with its fields as the parser checks them. */
export function datasetTables(): { table: RowTableName; fields: DatasetField[] }[] {
  return (Object.keys(rowSchemas) as RowTableName[]).map((table) => ({ table, fields: fieldsOf(rowSchemas[table] as unknown as Schema) }));
}

/** The tables as a definition list: `deals`: `id` id (text), `accountId?` id (text), … */
export function DatasetTables(): ReactElement {
  return h(
    'dl',
    { style: { fontSize: 13 } },
    datasetTables().map(({ table, fields }) =>
      h(
        Fragment,
        { key: table },
        h('dt', { style: { marginTop: 10, fontWeight: 600 } }, h('code', null, table)),
        h(
          'dd',
          { style: { marginLeft: 16 } },
          fields.map((field, i) => h(Fragment, { key: field.name }, i ? ' · ' : '', h('code', null, `${field.name}${field.optional ? '?' : ''}`), ` ${field.type}`)),
        ),
      ),
    ),
  );
}
