// crm-kit/react against custom-elements.json: a component for every element, named after its
// class, rendering its tag, setting its property-only fields as properties, and handing each
// event the manifest lists to its `onCrm…` prop. A new element without a wrapper fails here.
import { expect } from '@open-wc/testing';
import React from 'react';
import * as wrappers from '../../src/react/index.js';
import { reactRoot } from './support/react-root.js';

interface ManifestMember {
  kind: string;
  name: string;
  attribute?: string;
}

interface ManifestElement {
  name: string;
  tagName: string;
  events?: { name: string }[];
  members?: ManifestMember[];
}

async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json', { cache: 'no-store' });
  const manifest = (await response.json()) as { modules: { declarations?: (ManifestElement & { tagName?: string })[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => Boolean(declaration.tagName));
}

/** `crm-data-warning` → `onCrmDataWarning`, the prop @lit/react listens through. */
function eventProp(event: string): string {
  return `on${event.replace(/(^|-)([a-z])/g, (_m, _dash: string, letter: string) => letter.toUpperCase())}`;
}

const components = wrappers as unknown as Record<string, React.ComponentType<Record<string, unknown>>>;

describe('crm-kit/react wrappers', () => {
  let elements: ManifestElement[];
  /** The elements that have a component; the first test names those that have none. */
  let wrapped: ManifestElement[];
  before(async () => {
    elements = await manifestElements();
    wrapped = elements.filter((element) => element.name in components);
  });

  it('exports one component per element of custom-elements.json, named after its class, and nothing else', () => {
    expect(elements.length).to.be.greaterThan(2);
    const missing = elements.filter((element) => !(element.name in components)).map((element) => `<${element.tagName}> (${element.name})`);
    expect(missing, 'add a line to src/react/index.ts for').to.deep.equal([]);
    expect(Object.keys(components).sort()).to.deep.equal(elements.map((element) => element.name).sort());
    for (const element of elements) expect((components[element.name] as { displayName?: string }).displayName).to.equal(element.name);
  });

  it('renders each tag, registered, and hands every event of the manifest to its on-prop', async () => {
    for (const element of wrapped) {
      const heard: string[] = [];
      const handlers = Object.fromEntries((element.events ?? []).map(({ name }) => [eventProp(name), (event: Event) => heard.push(`${event.type}:${(event as CustomEvent<{ probe: string }>).detail.probe}`)]));
      const root = await reactRoot(React.createElement(components[element.name]!, handlers));
      try {
        const rendered = root.container.querySelectorAll(element.tagName);
        expect(rendered.length, element.tagName).to.equal(1);
        const node = rendered[0]!;
        expect(node).to.be.instanceOf(customElements.get(element.tagName)!);
        for (const { name } of element.events ?? []) {
          await root.act(() => node.dispatchEvent(new CustomEvent(name, { detail: { probe: element.tagName }, bubbles: true, composed: true })));
        }
        expect(heard, element.tagName).to.deep.equal((element.events ?? []).map(({ name }) => `${name}:${element.tagName}`));
      } finally {
        await root.unmount();
      }
    }
  });

  it('sets data as a property, the object itself, on every element that takes it', async () => {
    const takingData = wrapped.filter((element) => (element.members ?? []).some((member) => member.kind === 'field' && member.name === 'data' && !member.attribute));
    // Every chart element and the dashboard take `data`.
    expect(takingData.length).to.equal(wrapped.filter((element) => element.tagName !== 'crm-filters').length);
    for (const element of takingData) {
      const value = { stages: ['Lead'], deals: [] };
      const root = await reactRoot(React.createElement(components[element.name]!, { data: value }));
      try {
        const node = root.container.querySelector(element.tagName) as Element & { data?: unknown };
        expect(node.data, `${element.tagName}.data`).to.equal(value);
        expect(node.hasAttribute('data'), `${element.tagName} has a data attribute`).to.equal(false);
      } finally {
        await root.unmount();
      }
    }
  });

  it('passes string props of attributes as properties too, and drops an event prop that goes away', async () => {
    const heard: string[] = [];
    const onCrmSelect = (event: Event) => heard.push(event.type);
    const root = await reactRoot(React.createElement(wrappers.CrmFunnel, { mode: 'strict', onCrmSelect }));
    try {
      const funnel = root.container.querySelector('crm-funnel')!;
      expect(funnel.mode).to.equal('strict');
      await root.act(() => funnel.dispatchEvent(new CustomEvent('crm-select', { detail: { key: null, table: 'deals', ids: [] } })));
      await root.render(React.createElement(wrappers.CrmFunnel, { mode: 'reached' }));
      expect(root.container.querySelector('crm-funnel')).to.equal(funnel);
      expect(funnel.mode).to.equal('reached');
      await root.act(() => funnel.dispatchEvent(new CustomEvent('crm-select', { detail: { key: null, table: 'deals', ids: [] } })));
      expect(heard).to.deep.equal(['crm-select']);
    } finally {
      await root.unmount();
    }
  });
});
