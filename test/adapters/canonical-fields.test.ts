import { expect } from '@open-wc/testing';
import { CANONICAL_FIELDS, ROW_TABLE_NAMES } from '../../src/adapters/canonical-fields.js';
import { ROW_TABLES, rowSchemas } from '../../src/schema/tables.js';

/** The bits of a zod/mini schema this check reads. */
interface ZodLike {
  shape?: Record<string, ZodLike>;
  options?: readonly string[];
  _zod: { optin?: string; def: { type: string; innerType?: ZodLike } };
}

const unwrap = (schema: ZodLike): ZodLike => (schema._zod.def.type === 'optional' && schema._zod.def.innerType ? schema._zod.def.innerType : schema);

// The adapters' table of fields is written out; the schema is the authority. A field added to
// or changed in the schema fails here until the adapters learn it.
describe('adapters: canonical fields agree with the schema', () => {
  it('names the same tables', () => {
    expect(ROW_TABLE_NAMES).to.deep.equal(ROW_TABLES);
  });

  for (const table of ROW_TABLES) {
    it(`${table}: same fields, same required ones, same enumerated values`, () => {
      const shape = (rowSchemas[table] as unknown as ZodLike).shape as Record<string, ZodLike>;
      const specs = CANONICAL_FIELDS[table];
      expect(Object.keys(specs)).to.deep.equal(Object.keys(shape));
      for (const [name, schema] of Object.entries(shape)) {
        const spec = specs[name];
        expect(Boolean(spec?.required), `${table}.${name} required`).to.equal(schema._zod.optin !== 'optional');
        const inner = unwrap(schema);
        if (inner._zod.def.type === 'enum') {
          expect(spec?.kind, `${table}.${name}`).to.equal('enum');
          expect(spec?.values, `${table}.${name}`).to.deep.equal(inner.options);
        } else {
          expect(spec?.kind, `${table}.${name}`).not.to.equal('enum');
        }
        if (inner._zod.def.type === 'array') expect(spec?.kind, `${table}.${name}`).to.equal('history');
        if (inner._zod.def.type === 'boolean') expect(spec?.kind, `${table}.${name}`).to.equal('boolean');
      }
    });
  }
});
