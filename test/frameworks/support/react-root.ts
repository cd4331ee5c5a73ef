// A React root in a fresh container for a test, driven through React's `act` so that every
// render, effect and state update has been applied when the awaited call returns.
import { waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';

// Tells React that this is a test environment in which updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  container: HTMLElement;
  render(element: React.ReactNode): Promise<void>;
  /** Run `action` (a click, a dispatched event) and apply the React updates it causes. */
  act(action: () => void): Promise<void>;
  /** Wait for `condition` (an element drawing, an event's effect), applying React updates meanwhile. */
  until(condition: () => boolean, message: string): Promise<void>;
  unmount(): Promise<void>;
}

export async function reactRoot(element: React.ReactNode, width = 720): Promise<TestRoot> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const root = ReactDOMClient.createRoot(container);
  const testRoot: TestRoot = {
    container,
    render: (next) => React.act(async () => root.render(next)),
    act: (action) => React.act(async () => action()),
    until: (condition, message) => React.act(async () => waitUntil(condition, message)),
    unmount: async () => {
      await React.act(async () => root.unmount());
      container.remove();
    },
  };
  await testRoot.render(element);
  return testRoot;
}
