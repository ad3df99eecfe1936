/** Who may call the HTTP API and what they see: accounts, tokens, the endpoint rule table and their problem answers. */
package org.fengqiao.platform.security;
