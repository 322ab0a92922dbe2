package dossier.model;

/**
 * A date, time, duration or set expression.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value its TIMEX3 value, resolved against the article date ("2022-11", "P4M", "PRESENT_REF")
 */
public record TimeExpression(int start, int end, String text, String type, String value) {}
