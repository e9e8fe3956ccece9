package se.delaktig.referencehost.view;

/** A link of the page navigation; {@code current} marks the page shown (aria-current). */
public record NavLink(String href, String label, boolean current) { }
