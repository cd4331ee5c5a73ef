// Mounts the Vue example on seeded sample data (the same seed gives the same page).
import { generateDataset } from '../../../src/generator/index.js';
import { createPipelineApp } from './pipeline-app.js';

createPipelineApp({ dataset: generateDataset({ seed: 7, accounts: 400 }) }).mount('#app');
