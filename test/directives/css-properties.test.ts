import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProperties, type CssProperties } from '../../src/directives/css-properties.js';

describe('cssProperties', () => {
  const draw = (container: HTMLElement, properties: CssProperties) => render(html`<div ${cssProperties(properties)}></div>`, container);

  it('sets, updates and removes inline properties, and never writes a style attribute string', () => {
    const container = document.createElement('div');
    const styleWrites: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    // A strict CSP refuses setAttribute('style', …); CSSOM writes are what it allows.
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') styleWrites.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      draw(container, { top: '24px', height: '10px' });
      const div = container.firstElementChild as HTMLDivElement;
      expect([div.style.top, div.style.height]).to.deep.equal(['24px', '10px']);
      draw(container, { top: '48px' });
      expect(container.firstElementChild).to.equal(div);
      expect([div.style.top, div.style.height]).to.deep.equal(['48px', '']);
      draw(container, {});
      expect(div.getAttribute('style') ?? '').to.equal('');
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(styleWrites).to.deep.equal([]);
  });

  it('refuses to be used as an attribute value', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div style=${cssProperties({ top: '1px' })}></div>`, container)).to.throw(/goes on an element/);
  });
});
