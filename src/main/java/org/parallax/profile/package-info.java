/** Outlet profiles across events: what each outlet's articles show, computed from the events' comparisons. */
package org.parallax.profile;
