export { KneePrescription } from './knee-prescription.js';
export { KneePrescriptionEvent } from './prescription-events.js';
