<?php
/**
 * Settings → asso-widgets: the site's default feed address, for the
 * shortcodes and blocks that give no `src`. Built on the Settings API, which
 * checks the `manage_options` capability and the form's nonce.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Slug of the settings page and name of the settings group. */
const ASSO_WIDGETS_PAGE = 'asso-widgets';

/**
 * Registers the option, its section and its field.
 *
 * @return void
 */
function asso_widgets_register_settings() {
	register_setting(
		ASSO_WIDGETS_PAGE,
		ASSO_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'asso_widgets_sanitize_settings',
			'default'           => array( 'feed_url' => '' ),
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'asso_widgets_feed',
		__( 'Default feed', 'asso-widgets' ),
		'asso_widgets_render_feed_section',
		ASSO_WIDGETS_PAGE
	);
	add_settings_field(
		'asso_widgets_feed_url',
		__( 'Feed address (JSON)', 'asso-widgets' ),
		'asso_widgets_render_feed_url_field',
		ASSO_WIDGETS_PAGE,
		'asso_widgets_feed',
		array( 'label_for' => 'asso_widgets_feed_url' )
	);
}
add_action( 'admin_init', 'asso_widgets_register_settings' );

/**
 * Keeps only a valid http(s) address or a path on the site.
 *
 * @param mixed $input What the form sent.
 * @return array
 */
function asso_widgets_sanitize_settings( $input ) {
	$url = '';
	if ( is_array( $input ) && isset( $input['feed_url'] ) && is_string( $input['feed_url'] ) ) {
		$raw = trim( $input['feed_url'] ); // options.php has already unslashed it.
		if ( '' !== $raw ) {
			$url = esc_url_raw( $raw, array( 'http', 'https' ) );
			if ( '' === $url ) {
				add_settings_error(
					ASSO_WIDGETS_OPTION,
					'asso_widgets_feed_url',
					__( 'The feed address must start with https://, http:// or / (a file of this site).', 'asso-widgets' )
				);
				$previous = get_option( ASSO_WIDGETS_OPTION, array() );
				$url      = is_array( $previous ) && isset( $previous['feed_url'] ) ? (string) $previous['feed_url'] : '';
			}
		}
	}
	return array( 'feed_url' => $url );
}

/**
 * Adds Settings → asso-widgets.
 *
 * @return void
 */
function asso_widgets_add_settings_page() {
	add_options_page(
		__( 'asso-widgets', 'asso-widgets' ),
		__( 'asso-widgets', 'asso-widgets' ),
		'manage_options',
		ASSO_WIDGETS_PAGE,
		'asso_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'asso_widgets_add_settings_page' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function asso_widgets_settings_link( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . ASSO_WIDGETS_PAGE ) ) . '">' . esc_html__( 'Settings', 'asso-widgets' ) . '</a>' );
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( ASSO_WIDGETS_FILE ), 'asso_widgets_settings_link' );

/**
 * Text above the field.
 *
 * @return void
 */
function asso_widgets_render_feed_section() {
	echo '<p>' . esc_html__( 'Shortcodes and blocks without a src attribute read this feed. Put the JSON file on this site (Media → Add New accepts .json files from administrators) or give the address where your training software publishes it.', 'asso-widgets' ) . '</p>';
}

/**
 * The address field.
 *
 * @return void
 */
function asso_widgets_render_feed_url_field() {
	$url = asso_widgets_default_feed_url();
	printf(
		'<input type="url" class="large-text code" id="asso_widgets_feed_url" name="%1$s[feed_url]" value="%2$s" placeholder="https://example.org/flux.json" aria-describedby="asso_widgets_feed_url_help">',
		esc_attr( ASSO_WIDGETS_OPTION ),
		esc_attr( $url )
	);
	echo '<p class="description" id="asso_widgets_feed_url_help">' . esc_html__( 'A full address (https://…) or a path on this site (/wp-content/uploads/…). The feed is read by the visitor’s browser: another site must allow it (CORS).', 'asso-widgets' ) . '</p>';
}

/**
 * The JSON files of the media library, to copy their address.
 *
 * @return WP_Post[]
 */
function asso_widgets_json_attachments() {
	return get_posts(
		array(
			'post_type'      => 'attachment',
			'post_mime_type' => 'application/json',
			'post_status'    => 'inherit',
			'posts_per_page' => 20,
			'orderby'        => 'date',
			'order'          => 'DESC',
		)
	);
}

/**
 * The page.
 *
 * @return void
 */
function asso_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'asso-widgets' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( ASSO_WIDGETS_OPTION );
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( ASSO_WIDGETS_PAGE );
	do_settings_sections( ASSO_WIDGETS_PAGE );
	submit_button();
	echo '</form>';

	$files = asso_widgets_json_attachments();
	echo '<h2>' . esc_html__( 'JSON feeds in the media library', 'asso-widgets' ) . '</h2>';
	if ( ! $files ) {
		echo '<p>' . esc_html__( 'None yet. Administrators can upload a .json feed in Media → Add New.', 'asso-widgets' ) . '</p>';
	} else {
		echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'File', 'asso-widgets' ) . '</th><th scope="col">' . esc_html__( 'Address', 'asso-widgets' ) . '</th></tr></thead><tbody>';
		foreach ( $files as $file ) {
			$url = wp_get_attachment_url( $file->ID );
			echo '<tr><td>' . esc_html( get_the_title( $file ) ) . '</td><td><code>' . esc_html( (string) $url ) . '</code></td></tr>';
		}
		echo '</tbody></table>';
	}

	echo '<h2>' . esc_html__( 'Shortcodes', 'asso-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Paste one in a post or a page (any role may use them; in the block editor, use the Shortcode block or the asso-widgets blocks in the Widgets category):', 'asso-widgets' ) . '</p><ul>';
	foreach ( asso_widgets_elements() as $tag => $element ) {
		$names = array_diff( array_keys( $element['attributes'] ), array( 'src' ) );
		echo '<li><code>[' . esc_html( $element['shortcode'] ) . ' src="…"]</code> — ' . esc_html( $element['title'] )
			. ' <span class="description">(' . esc_html( implode( ', ', $names ) ) . ')</span></li>';
	}
	echo '<li><code>[asso_feed src="…"] … [/asso_feed]</code> — ' . esc_html__( 'one feed, loaded once, for every shortcode inside it', 'asso-widgets' ) . '</li>';
	echo '</ul>';
	echo '<p>' . esc_html__( 'To check a feed before publishing it: npx asso-widgets validate flux.json, or the validator page of the demo.', 'asso-widgets' ) . '</p>';
	echo '</div>';
}
