export { KneeClinician } from './knee-clinician.js';
