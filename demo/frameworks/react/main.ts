// Mounts the React example on seeded sample data (the same seed gives the same page).
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import { generateDataset } from '../../../src/generator/index.js';
import { PipelineApp } from './pipeline-app.js';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
ReactDOMClient.createRoot(root).render(
  React.createElement(React.StrictMode, null, React.createElement(PipelineApp, { data: generateDataset({ seed: 7, accounts: 400 }) })),
);
