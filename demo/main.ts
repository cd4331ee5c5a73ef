// The demo page: every element of the kit registered, and the app shell that feeds them.
import '../src/all.js';
import './app.js';
