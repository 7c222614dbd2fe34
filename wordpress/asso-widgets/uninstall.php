<?php
/**
 * Deleting the plugin from the Plugins screen removes its settings (the
 * default feed address), on every site of a network. JSON files uploaded to
 * the media library are the site's content and stay there.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() && function_exists( 'get_sites' ) ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $asso_widgets_site ) {
		switch_to_blog( (int) $asso_widgets_site );
		delete_option( 'asso_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'asso_widgets_settings' );
}
