package app.avenant.performance.csv;

import app.avenant.performance.DeliverableInput;

/**
 * One deliverable read from a file.
 *
 * @param line  its line number in the file, 1-based, blank lines counted (as a spreadsheet numbers rows)
 * @param input what the line says, typed; the service still checks the business rules
 */
public record DeliverableCsvLine(int line, DeliverableInput input) {}
