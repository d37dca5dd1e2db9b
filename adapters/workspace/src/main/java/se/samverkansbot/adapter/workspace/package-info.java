/**
 * The secretariat's workspace over HTTP: server-rendered pages in Swedish and English (Thymeleaf, no script) where
 * the people who administer a forum keep its register — people, seats, ended seats, successors — see its ending
 * seats and review queue, and export or import the structure file. Behind the application's sign-in and CSRF; the
 * person is the session's. Translates forms to the core's {@link se.samverkansbot.register.EditRegister}; who may
 * change what is the core's to decide.
 */
package se.samverkansbot.adapter.workspace;
