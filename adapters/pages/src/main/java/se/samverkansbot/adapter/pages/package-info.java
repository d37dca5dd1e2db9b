/**
 * The public side over HTTP: server-rendered pages in Swedish and English (Thymeleaf, no JavaScript), the
 * calendar feeds and meeting files, and the page behind the one-click email opt-out. Translates HTTP to the
 * core's publication, calendar and email ports; holds no rules of its own about what is public.
 */
package se.samverkansbot.adapter.pages;
