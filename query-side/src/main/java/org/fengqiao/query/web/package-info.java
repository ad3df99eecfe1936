/** The HTTP query API: case views, lists, histories and live streams, every query sent through Axon's query bus. */
package org.fengqiao.query.web;
