// The store as the rules read it now lives in the model layer, below rules and simulation; this
// re-export keeps the modules that still import it from here working until they move to the model.
export * from '../model/store-data';
