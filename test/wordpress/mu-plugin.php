<?php
/**
 * Must-use plugin of the asso-widgets end-to-end test site (copied there by
 * test/wordpress/setup.sh; not part of the plugin): the site stays offline
 * and quiet.
 */

// No emoji detection script (it may fetch images from s.w.org).
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'admin_print_scripts', 'print_emoji_detection_script' );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'admin_print_styles', 'print_emoji_styles' );
// No update checks, no mail, no external HTTP (WP_HTTP_BLOCK_EXTERNAL does the rest).
add_filter( 'pre_site_transient_update_core', '__return_null' );
add_filter( 'pre_site_transient_update_plugins', '__return_null' );
add_filter( 'pre_site_transient_update_themes', '__return_null' );
add_filter( 'pre_wp_mail', '__return_true' );
add_filter( 'pre_http_request', static function ( $pre, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ? $pre : new WP_Error( 'asso_e2e_offline', 'offline test site' );
}, 10, 3 );
