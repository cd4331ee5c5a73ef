export { DataSourceController, loadDataset, type DataSourceHost, type DataSourceKind, type DataSourceOptions, type DataState, type LoadedData } from './data-source-controller.js';
