<?php
/**
 * Command-line helper of the WordPress end-to-end test (test/wordpress/):
 * loads the test site's WordPress and does what a person would otherwise do
 * in the installer. Not part of the plugin.
 *
 *   php site.php install            install the site (French), its users and options
 *   php site.php elements           print the plugin's element definitions (JSON)
 *   php site.php option NAME        print an option (JSON; false when absent)
 *
 * Environment: WP_E2E_CONFIG (Debian's config name) or WP_E2E_ABSPATH (a
 * copied tree with its own wp-config.php), WP_E2E_URL, WP_E2E_ADMIN_PASS,
 * WP_E2E_USER_PASS.
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$command = isset( $argv[1] ) ? $argv[1] : '';
$url     = getenv( 'WP_E2E_URL' );
$parts   = parse_url( $url );

// What a web request would give WordPress.
$_SERVER['HTTP_HOST']       = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = isset( $parts['port'] ) ? (string) $parts['port'] : '80';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ( getenv( 'WP_E2E_CONFIG' ) ) {
	$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WP_E2E_CONFIG' );
}
$abspath = getenv( 'WP_E2E_ABSPATH' ) ? rtrim( getenv( 'WP_E2E_ABSPATH' ), '/' ) . '/' : '/usr/share/wordpress/';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $abspath . 'wp-load.php';
// No mail leaves the test site.
add_filter( 'pre_wp_mail', '__return_true' );

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		require_once ABSPATH . 'wp-admin/includes/translation-install.php';
		$result = wp_install( 'Les Amis de la Chaumière', 'admin', 'admin@example.org', false, '', getenv( 'WP_E2E_ADMIN_PASS' ), 'fr_FR' );
		update_option( 'WPLANG', 'fr_FR' );
		update_option( 'blogdescription', 'Association loi 1901 — site de test d’asso-widgets' );
		update_option( 'permalink_structure', '' );
		update_option( 'show_avatars', 0 );
		update_option( 'timezone_string', 'Europe/Paris' );
		$users = array(
			'contributrice' => 'contributor',
			'auteur'        => 'author',
			'editrice'      => 'editor',
		);
		foreach ( $users as $login => $role ) {
			$id = wp_insert_user(
				array(
					'user_login' => $login,
					'user_pass'  => getenv( 'WP_E2E_USER_PASS' ),
					'user_email' => $login . '@example.org',
					'role'       => $role,
					'locale'     => 'fr_FR',
				)
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
		}
		// The block editor's welcome guide would cover the canvas (and fetch an image from s.w.org).
		global $wpdb;
		update_user_meta( 1, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		echo wp_json_encode( array( 'installed' => ! is_wp_error( $result ), 'version' => get_bloginfo( 'version' ), 'theme' => get_stylesheet() ) ), "\n";
		break;
	case 'elements':
		if ( ! function_exists( 'asso_widgets_elements' ) ) {
			echo 'null', "\n";
			break;
		}
		echo wp_json_encode( asso_widgets_elements() ), "\n";
		break;
	case 'option':
		echo wp_json_encode( get_option( $argv[2] ) ), "\n";
		break;
	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 2 );
}
